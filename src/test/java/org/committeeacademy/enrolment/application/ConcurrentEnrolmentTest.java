package org.committeeacademy.enrolment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.committeeacademy.cohort.persistence.JpaCohortRepository;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.shared.persistence.Contention;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.RecordedSql;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Many enrolment requests at once against a real database (embedded Derby, or PostgreSQL when the build names one),
 * each in its own transaction and connection as in the server ({@link RushFixture}): seats never exceed the capacity,
 * the waiting list is 1..n, and one member never gets two places. Requests take turns per cohort and a lost race is
 * tried again, as the pages and the API do ({@link EnrolmentTurns}); this has to hold on a busy machine too.
 */
@DatabaseTest
class ConcurrentEnrolmentTest {

    private static RushFixture rush;
    private static List<Long> members;

    @BeforeAll
    static void createMembers() {
        rush = new RushFixture();
        members = rush.members;
    }

    @AfterAll
    static void dropDatabase() {
        rush.close();
    }

    @RepeatedTest(4)
    void twoHundredMembersAtThreeFreeSeatsGiveThreeConfirmedAndAWaitingListOneToOneHundredNinetySeven()
            throws Exception {
        long cohortId = rush.newCohort(3);

        List<Outcome> outcomes = rush.all(members, member -> () -> rush.rush(member, cohortId));

        List<Enrolment> stored = rush.enrolmentsOf(cohortId);
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
        assertEquals(3, rush.seatsTaken(cohortId));
    }

    @Test
    void twentyIdenticalRequestsFromOneMemberMakeOneEnrolment() throws Exception {
        long cohortId = rush.newCohort(3);
        long member = members.get(0);

        List<Outcome> outcomes =
                rush.all(IntStream.range(0, 20).mapToObj(i -> member).toList(), m -> () -> rush.rush(m, cohortId));

        assertEquals(1, rush.enrolmentsOf(cohortId).size());
        assertEquals(1, outcomes.stream().filter(Outcome::created).count());
        assertEquals(
                1, outcomes.stream().map(o -> o.enrolment().id()).distinct().count());
        assertEquals(1, rush.seatsTaken(cohortId));
    }

    @Test
    void theCohortLockReachesTheDatabaseAsSelectForUpdate() {
        long cohortId = rush.newCohort(3);
        RecordedSql.clear();

        rush.enrolAs(members.get(1), cohortId);

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
        long cohortId = rush.newCohort(3);
        EntityManager holder = rush.db.entityManager();
        holder.getTransaction().begin();
        new JpaCohortRepository(holder).lock(cohortId).orElseThrow();
        try {
            long started = System.nanoTime();
            RuntimeException failure =
                    assertThrows(RuntimeException.class, () -> rush.enrolAs(members.get(2), cohortId));
            long waitedSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

            assertTrue(Contention.isContention(failure), failure.toString());
            assertTrue(waitedSeconds < 15, "a short lock timeout, not Derby's 60 s: " + waitedSeconds);
        } finally {
            holder.getTransaction().rollback();
            holder.close();
        }
        assertEquals(Outcome.class, rush.enrolAs(members.get(2), cohortId).getClass(), "free again once released");
    }
}
