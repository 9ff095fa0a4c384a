package org.committeeacademy.enrolment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.GroupCommit.Answer;
import org.committeeacademy.shared.persistence.RecordedSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several members' requests decided in one transaction ({@link EnrolmentGroups}): each gets its own answer, a request
 * the rules refuse is refused alone, a member asking twice gets one enrolment, and every answer agrees with the
 * roster as stored.
 */
@DatabaseTest
class EnrolmentGroupsTest {

    private static RushFixture rush;
    private static long staff;

    @BeforeAll
    static void createMembers() {
        rush = new RushFixture();
        EntityManager em = rush.db.entityManager();
        try {
            staff = em.createQuery("SELECT a.id FROM Account a WHERE a.email = 'staff@example.org'", Long.class)
                    .getSingleResult();
        } finally {
            em.close();
        }
    }

    @AfterAll
    static void dropDatabase() {
        rush.close();
    }

    @AfterEach
    void resetClock() {
        rush.clock = RushFixture.CLOCK;
    }

    @Test
    void oneGroupWithADuplicateARefusalAndSomeoneAlreadyInAnswersEachAsTheRosterHasIt() {
        long cohortId = rush.newCohort(2);
        long in = member(0);
        Outcome seated = rush.enrolAs(in, cohortId);
        RecordedSql.clear();

        List<Answer<EnrolmentGroups.Decided>> answers = rush.group(
                cohortId, List.of(ask(member(1)), ask(member(2)), ask(member(1)), ask(staff), ask(member(3)), ask(in)));
        List<String> sql = List.copyOf(RecordedSql.statements());

        assertEquals(6, answers.size());
        Outcome first = outcome(answers.get(0));
        assertEquals(EnrolmentStatus.CONFIRMED, first.enrolment().status(), "the last free seat");
        assertTrue(first.created());
        Outcome second = outcome(answers.get(1));
        assertEquals(EnrolmentStatus.WAITLISTED, second.enrolment().status());
        assertEquals(1, second.position());
        Outcome again = outcome(answers.get(2));
        assertEquals(first.enrolment().id(), again.enrolment().id(), "asking twice makes one enrolment");
        assertFalse(again.created());
        ValidationException refused =
                assertInstanceOf(ValidationException.class, answers.get(3).failure());
        assertEquals("enrolment.member.notMember", refused.violations().get(0).messageKey());
        assertNull(answers.get(3).value());
        assertEquals(2, outcome(answers.get(4)).position(), "the refusal took no place in the queue");
        Outcome existing = outcome(answers.get(5));
        assertEquals(seated.enrolment().id(), existing.enrolment().id());
        assertFalse(existing.created());

        List<Enrolment> stored = rush.enrolmentsOf(cohortId);
        assertEquals(4, stored.size(), "no row for the refused request, one per member");
        assertEquals(2, rush.seatsTaken(cohortId));
        for (int i : new int[] {0, 1, 2, 4, 5}) {
            Outcome answer = outcome(answers.get(i));
            Enrolment row = stored.stream()
                    .filter(e -> e.id().equals(answer.enrolment().id()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(row.status(), answer.enrolment().status(), "answer " + i + " agrees with the roster");
            assertEquals(
                    row.status() == EnrolmentStatus.WAITLISTED ? row.waitlistTicket() : 0,
                    answer.position(),
                    "answer " + i);
        }
        List<String> locks = sql.stream()
                .filter(statement -> statement.contains("FOR UPDATE"))
                .toList();
        assertEquals(1, locks.size(), "one lock for the whole group: " + locks);
        List<String> rowsRead = sql.stream()
                .filter(statement -> statement.startsWith("SELECT")
                        && statement.contains("FROM ENROLMENT")
                        && !statement.contains("COUNT("))
                .toList();
        assertEquals(1, rowsRead.size(), "the group's own rows in one query, nobody else's: " + rowsRead);
        assertTrue(rowsRead.get(0).toUpperCase(Locale.ROOT).contains("MEMBER_ID IN"), rowsRead.get(0));
    }

    @Test
    void theApiAnswerIsReadInTheSameTransactionAndAgreesWithTheOutcome() {
        long cohortId = rush.newCohort(1);

        List<Answer<EnrolmentGroups.Decided>> answers = rush.group(
                cohortId, List.of(new EnrolmentGroups.Ask(member(4), true), new EnrolmentGroups.Ask(member(5), true)));

        EnrolmentView seated = answers.get(0).value().view();
        EnrolmentView waiting = answers.get(1).value().view();
        assertEquals(EnrolmentStatus.CONFIRMED, seated.status());
        assertEquals(EnrolmentStatus.WAITLISTED, waiting.status());
        assertEquals(1, waiting.waitlistPosition());
        assertEquals(member(5), waiting.memberId());
    }

    @Test
    void whenTheWindowHasClosedNewcomersAreRefusedButSomeoneAlreadyInIsAnswered() {
        long cohortId = rush.newCohort(3);
        long in = member(6);
        rush.enrolAs(in, cohortId);
        rush.clock = Clock.offset(RushFixture.CLOCK, Duration.ofDays(60));

        List<Answer<EnrolmentGroups.Decided>> answers =
                rush.group(cohortId, List.of(ask(member(7)), ask(in), ask(member(8))));

        assertInstanceOf(ConflictException.class, answers.get(0).failure());
        assertEquals(
                EnrolmentStatus.CONFIRMED, outcome(answers.get(1)).enrolment().status());
        assertInstanceOf(ConflictException.class, answers.get(2).failure());
        assertEquals(1, rush.enrolmentsOf(cohortId).size());
    }

    @Test
    void aMemberComingBackInAGroupQueuesBehindThoseWhoCameMeanwhile() {
        long cohortId = rush.newCohort(1);
        long a = member(9);
        long b = member(10);
        rush.enrolAs(a, cohortId);
        Outcome left = rush.enrolAs(b, cohortId);
        rush.asMember(b, desk -> desk.cancel(left.enrolment().id(), null));

        List<Answer<EnrolmentGroups.Decided>> answers =
                rush.group(cohortId, List.of(ask(member(11)), ask(b), ask(member(12))));

        assertEquals(1, outcome(answers.get(0)).position());
        Outcome back = outcome(answers.get(1));
        assertEquals(left.enrolment().id(), back.enrolment().id(), "one row per member and cohort");
        assertEquals(EnrolmentStatus.WAITLISTED, back.enrolment().status());
        assertEquals(2, back.position());
        assertEquals(3, outcome(answers.get(2)).position());
        assertEquals(1, rush.seatsTaken(cohortId));
    }

    private static long member(int i) {
        return rush.members.get(i);
    }

    private static EnrolmentGroups.Ask ask(long member) {
        return new EnrolmentGroups.Ask(member, false);
    }

    private static Outcome outcome(Answer<EnrolmentGroups.Decided> answer) {
        assertNull(answer.failure(), () -> String.valueOf(answer.failure()));
        return answer.value().outcome();
    }
}
