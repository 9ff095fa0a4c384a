package org.committeeacademy.enrolment.application;

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
import org.committeeacademy.enrolment.persistence.JpaEnrolmentRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.persistence.Contention;
import org.committeeacademy.shared.persistence.GroupCommit;
import org.committeeacademy.shared.persistence.RecordedSql;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.venue.domain.Venue;

/**
 * A real database (embedded Derby, or PostgreSQL when the build names one) with the demo data and 200 extra members,
 * and requests at the desk each in its own transaction and connection as in the server; tasks start together on a
 * pool of 32 workers, standing in for the server's 32 database connections. Shared by the concurrency tests.
 */
final class RushFixture implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final int POOL = 32;

    final TestDatabase db;
    final List<Long> members = new ArrayList<>();

    /** The desk's clock: a test may move it on. */
    volatile Clock clock = CLOCK;

    RushFixture() {
        db = DemoDatabase.loadedOn(TODAY, RecordedSql.properties());
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

    @Override
    public void close() {
        db.close();
    }

    private final GroupCommit<EnrolmentGroups.Ask, EnrolmentGroups.Decided> turns =
            new GroupCommit<>(EnrolmentTurns.PATIENCE, EnrolmentTurns.GROUP);

    /**
     * As the server does it ({@link EnrolmentTurns}): the member's request waits in the cohort's queue and is decided
     * with the others waiting then, in one transaction, tried again when it lost a race for the lock.
     */
    Outcome rush(long memberId, long cohortId) {
        return turns.submit(
                        cohortId,
                        new EnrolmentGroups.Ask(memberId, false),
                        asks -> Contention.retry(() -> group(cohortId, asks)))
                .outcome();
    }

    /** One group of requests at the desk, in one transaction; each answer is the request's own. */
    List<GroupCommit.Answer<EnrolmentGroups.Decided>> group(long cohortId, List<EnrolmentGroups.Ask> asks) {
        EntityManager em = db.entityManager();
        try {
            em.getTransaction().begin();
            EnrolmentGroups groups = new EnrolmentGroups();
            groups.enrolments = new JpaEnrolmentRepository(em, new JpaCohortRepository(em));
            groups.accounts = new JpaAccountRepository(em);
            groups.queries = new EnrolmentQueries();
            groups.queries.enrolments = groups.enrolments;
            groups.queries.clock = clock;
            groups.clock = clock;
            groups.enrolmentsChanged = new org.committeeacademy.shared.IgnoredEvents<>();
            List<GroupCommit.Answer<EnrolmentGroups.Decided>> answers = groups.enrol(cohortId, asks);
            em.getTransaction().commit();
            return answers;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    Outcome enrolAs(long memberId, long cohortId) {
        return asMember(memberId, desk -> desk.enrol(cohortId));
    }

    /** One request of the member at the desk, in its own transaction. */
    <R> R asMember(long memberId, Function<EnrolmentDesk, R> action) {
        EntityManager em = db.entityManager();
        try {
            em.getTransaction().begin();
            R result = action.apply(desk(em, memberId));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    EnrolmentDesk desk(EntityManager em, long memberId) {
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
        desk.clock = clock;
        desk.enrolmentsChanged = new org.committeeacademy.shared.IgnoredEvents<>();
        return desk;
    }

    /** Starts all tasks at the same moment on the worker pool and fails on the first error. */
    <T, R> List<R> all(List<T> inputs, Function<T, Callable<R>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(POOL);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                Callable<R> work = task.apply(input);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<R> outcomes = new ArrayList<>();
            for (Future<R> future : futures) {
                // generous: a busy machine may take long for hundreds served one at a time
                outcomes.add(future.get(180, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    long newCohort(int capacity) {
        return newCohort(capacity, cohort -> {});
    }

    long newCohort(int capacity, java.util.function.Consumer<Cohort> setup) {
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
            setup.accept(cohort);
            em.persist(cohort);
            em.flush();
            id[0] = cohort.id();
        });
        return id[0];
    }

    List<Enrolment> enrolmentsOf(long cohortId) {
        EntityManager em = db.entityManager();
        try {
            return em.createQuery("SELECT e FROM Enrolment e WHERE e.cohort.id = :c", Enrolment.class)
                    .setParameter("c", cohortId)
                    .getResultList();
        } finally {
            em.close();
        }
    }

    int seatsTaken(long cohortId) {
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
