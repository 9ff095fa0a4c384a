package org.committeeacademy.enrolment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortPlan;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.persistence.JpaCohortRepository;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.enrolment.persistence.JpaEnrolmentRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.persistence.Contention;
import org.committeeacademy.shared.persistence.RecordedSql;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.venue.domain.Venue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Many enrolment requests at once against a real (embedded Derby, or PostgreSQL when the build names one) database, each in its own transaction and
 * connection as in the server: seats never exceed the capacity, the waiting list is 1..n, and one member never
 * gets two places. A pool of 32 workers stands in for the server's 32 database connections, and a request that
 * loses the race for the lock is tried again as the REST resources do.
 */
class ConcurrentEnrolmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final int POOL = 32;

    private static TestDatabase db;
    private static List<Long> members;

    @BeforeAll
    static void createMembers() {
        db = DemoDatabase.loadedOn(TODAY, RecordedSql.properties());
        members = new ArrayList<>();
        db.inTransaction(em -> IntStream.range(0, 200).forEach(i -> {
            Account member = new Account(
                    "load" + i + "@example.org",
                    "Load " + i,
                    Language.DE,
                    "not-a-real-hash",
                    EnumSet.of(Role.MEMBER),
                    CLOCK.instant());
            em.persist(member);
            em.flush();
            members.add(member.id());
        }));
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @RepeatedTest(4)
    void twoHundredMembersAtThreeFreeSeatsGiveThreeConfirmedAndAWaitingListOneToOneHundredNinetySeven()
            throws Exception {
        long cohortId = newCohort(3);

        List<Outcome> outcomes = all(members, member -> () -> Contention.retry(() -> enrolAs(member, cohortId)));

        List<Enrolment> stored = enrolmentsOf(cohortId);
        assertEquals(200, outcomes.size());
        assertEquals(200, stored.size());
        assertEquals(
                3,
                stored.stream()
                        .filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
                        .count());
        assertEquals(
                IntStream.rangeClosed(1, 197).boxed().toList(),
                outcomes.stream()
                        .filter(o -> o.enrolment().status() == EnrolmentStatus.WAITLISTED)
                        .map(Outcome::position)
                        .sorted()
                        .toList(),
                "each waiting person was told a different position, 1..197");
        assertEquals(
                IntStream.rangeClosed(1, 197).boxed().toList(),
                stored.stream()
                        .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                        .map(Enrolment::waitlistTicket)
                        .sorted()
                        .toList());
        assertEquals(3, seatsTaken(cohortId));
    }

    @Test
    void twentyIdenticalRequestsFromOneMemberMakeOneEnrolment() throws Exception {
        long cohortId = newCohort(3);
        long member = members.get(0);

        List<Outcome> outcomes = all(
                IntStream.range(0, 20).mapToObj(i -> member).toList(),
                m -> () -> Contention.retry(() -> enrolAs(m, cohortId)));

        assertEquals(1, enrolmentsOf(cohortId).size());
        assertEquals(1, outcomes.stream().filter(Outcome::created).count());
        assertEquals(
                1, outcomes.stream().map(o -> o.enrolment().id()).distinct().count());
        assertEquals(1, seatsTaken(cohortId));
    }

    @Test
    void theCohortLockReachesTheDatabaseAsSelectForUpdate() {
        long cohortId = newCohort(3);
        RecordedSql.clear();

        enrolAs(members.get(1), cohortId);

        List<String> locking = RecordedSql.statements().stream()
                .filter(sql -> sql.contains("FROM COHORT"))
                .filter(sql -> sql.contains("FOR UPDATE"))
                .toList();
        assertEquals(1, locking.size(), "one locking read of the cohort: " + RecordedSql.statements());
        String toTheEnd = TestDatabase.isPostgres() ? "FOR UPDATE" : "FOR UPDATE WITH RS";
        assertTrue(locking.get(0).contains(toTheEnd), "the lock is kept to the end: " + locking);
    }

    @Test
    void aRequestThatCannotGetTheLockGivesUpWithinSecondsAsContentionNotAsAnError() {
        long cohortId = newCohort(3);
        EntityManager holder = db.entityManager();
        holder.getTransaction().begin();
        new JpaCohortRepository(holder).lock(cohortId).orElseThrow();
        try {
            long started = System.nanoTime();
            RuntimeException failure = org.junit.jupiter.api.Assertions.assertThrows(
                    RuntimeException.class, () -> enrolAs(members.get(2), cohortId));
            long waitedSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

            assertTrue(Contention.isContention(failure), failure.toString());
            assertTrue(waitedSeconds < 15, "a short lock timeout, not Derby's 60 s: " + waitedSeconds);
        } finally {
            holder.getTransaction().rollback();
            holder.close();
        }
        assertEquals(Outcome.class, enrolAs(members.get(2), cohortId).getClass(), "free again once released");
    }

    private static Outcome enrolAs(long memberId, long cohortId) {
        EntityManager em = db.entityManager();
        try {
            em.getTransaction().begin();
            EnrolmentDesk desk = desk(em, memberId);
            Outcome outcome = desk.enrol(cohortId);
            em.getTransaction().commit();
            return outcome;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static EnrolmentDesk desk(EntityManager em, long memberId) {
        JpaAccountRepository accounts = new JpaAccountRepository(em);
        Account member = accounts.find(memberId).orElseThrow();
        EnrolmentDesk desk = new EnrolmentDesk();
        desk.enrolments = new JpaEnrolmentRepository(em, new JpaCohortRepository(em));
        desk.accounts = accounts;
        desk.currentUser = new CurrentUser() {
            @Override
            public Optional<Account> account() {
                return Optional.of(member);
            }
        };
        desk.clock = CLOCK;
        desk.enrolmentsChanged = new org.committeeacademy.shared.IgnoredEvents<>();
        return desk;
    }

    /** Starts all tasks at the same moment on the worker pool and fails on the first error. */
    private static <T> List<Outcome> all(List<T> inputs, Function<T, Callable<Outcome>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(POOL);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (T input : inputs) {
                Callable<Outcome> work = task.apply(input);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long newCohort(int capacity) {
        long[] id = new long[1];
        db.inTransaction(em -> {
            Series series = em.createQuery("SELECT s FROM Series s", Series.class)
                    .setMaxResults(1)
                    .getSingleResult();
            Venue venue = em.createQuery("SELECT v FROM Venue v", Venue.class)
                    .setMaxResults(1)
                    .getSingleResult();
            Cohort cohort = new Cohort(
                    series,
                    venue,
                    new CohortPlan(
                            "Last " + System.nanoTime(),
                            capacity,
                            null,
                            null,
                            null,
                            TODAY.minusDays(1),
                            TODAY.plusDays(30),
                            null,
                            false,
                            null));
            cohort.changeStatus(CohortStatus.OPEN);
            em.persist(cohort);
            em.flush();
            id[0] = cohort.id();
        });
        return id[0];
    }

    private static List<Enrolment> enrolmentsOf(long cohortId) {
        EntityManager em = db.entityManager();
        try {
            return em.createQuery("SELECT e FROM Enrolment e WHERE e.cohort.id = :c", Enrolment.class)
                    .setParameter("c", cohortId)
                    .getResultList();
        } finally {
            em.close();
        }
    }

    private static int seatsTaken(long cohortId) {
        EntityManager em = db.entityManager();
        try {
            return ((Number) em.createNativeQuery("SELECT seats_taken FROM cohort WHERE id = ?")
                            .setParameter(1, cohortId)
                            .getSingleResult())
                    .intValue();
        } finally {
            em.close();
        }
    }
}
