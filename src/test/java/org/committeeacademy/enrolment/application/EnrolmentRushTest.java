package org.committeeacademy.enrolment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.committeeacademy.cohort.domain.MoveUp;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.shared.persistence.Contention;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.RecordedSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rush path ({@link org.committeeacademy.enrolment.domain.Arrival}): a newcomer's request reads only counts and
 * their own row under the cohort's lock, and the roster's rules still hold when people enrol and leave at the same
 * moment, in several cohorts at once, come back after leaving, or arrive after an offer ran out.
 */
@DatabaseTest
class EnrolmentRushTest {

    private static RushFixture rush;

    @BeforeAll
    static void createMembers() {
        rush = new RushFixture();
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
    void aNewcomerReadsNoOtherMembersEnrolmentWhileHoldingTheLock() {
        long cohortId = rush.newCohort(3);
        rush.members.subList(0, 10).forEach(m -> rush.enrolAs(m, cohortId));
        RecordedSql.clear();

        Outcome outcome = rush.enrolAs(rush.members.get(10), cohortId);

        assertEquals(8, outcome.position());
        List<String> rowsRead = RecordedSql.statements().stream()
                .filter(sql -> sql.startsWith("SELECT"))
                .filter(sql -> sql.contains("FROM ENROLMENT"))
                .filter(sql -> !sql.contains("COUNT("))
                .toList();
        assertEquals(1, rowsRead.size(), "only the member's own row: " + rowsRead);
        assertTrue(rowsRead.get(0).toUpperCase(java.util.Locale.ROOT).contains("MEMBER_ID = ?"), rowsRead.get(0));
    }

    @Test
    void peopleEnrollingAndLeavingAtOnceKeepSeatsAndTheQueueInOrder() throws Exception {
        long cohortId = rush.newCohort(3);
        List<Long> first = rush.members.subList(0, 40);
        first.forEach(m -> rush.enrolAs(m, cohortId));
        List<Enrolment> before = rush.enrolmentsOf(cohortId);
        List<Long> leaving = new ArrayList<>();
        before.stream()
                .filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
                .limit(2)
                .forEach(e -> leaving.add(e.id()));
        before.stream()
                .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrolment::waitlistTicket).reversed())
                .limit(5)
                .forEach(e -> leaving.add(e.id()));

        List<Callable<Object>> work = new ArrayList<>();
        rush.members.subList(40, 100).forEach(m -> work.add(() -> rush.rush(m, cohortId)));
        for (long enrolmentId : leaving) {
            long member = before.stream()
                    .filter(e -> e.id() == enrolmentId)
                    .findFirst()
                    .orElseThrow()
                    .member()
                    .id();
            work.add(() -> Contention.retry(() -> rush.asMember(member, desk -> desk.cancel(enrolmentId, null))));
        }
        rush.all(work, task -> task);

        List<Enrolment> after = rush.enrolmentsOf(cohortId);
        assertEquals(100, after.size());
        assertEquals(3, count(after, EnrolmentStatus.CONFIRMED), "the freed seats went on, never more than 3");
        assertEquals(3, rush.seatsTaken(cohortId));
        List<Integer> tickets = after.stream()
                .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                .map(Enrolment::waitlistTicket)
                .sorted()
                .toList();
        assertEquals(100 - 3 - leaving.size(), tickets.size());
        assertEquals(tickets.size(), tickets.stream().distinct().count(), "no two people share a place");
        long firstWaiting = before.stream()
                .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                .min(Comparator.comparing(Enrolment::waitlistTicket))
                .orElseThrow()
                .id();
        assertEquals(
                EnrolmentStatus.CONFIRMED,
                after.stream()
                        .filter(e -> e.id() == firstWaiting)
                        .findFirst()
                        .orElseThrow()
                        .status(),
                "the first in line got a freed seat before any newcomer");
    }

    @Test
    void rushesOnSeveralCohortsAtOnceEachKeepTheirOwnSeats() throws Exception {
        List<Long> cohorts =
                IntStream.range(0, 4).mapToObj(i -> rush.newCohort(2)).toList();
        List<long[]> requests = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            requests.add(new long[] {rush.members.get(i % 40 + 40 * (i / 40)), cohorts.get(i / 40)});
        }

        rush.all(requests, r -> () -> rush.rush(r[0], r[1]));

        for (long cohortId : cohorts) {
            List<Enrolment> stored = rush.enrolmentsOf(cohortId);
            assertEquals(40, stored.size());
            assertEquals(2, count(stored, EnrolmentStatus.CONFIRMED));
            assertEquals(
                    IntStream.rangeClosed(1, 38).boxed().toList(),
                    stored.stream()
                            .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                            .map(Enrolment::waitlistTicket)
                            .sorted()
                            .toList());
        }
    }

    @Test
    void aMemberComingBackAfterLeavingQueuesAgainAtTheEnd() {
        long cohortId = rush.newCohort(1);
        long a = rush.members.get(0);
        long b = rush.members.get(1);
        long c = rush.members.get(2);
        rush.enrolAs(a, cohortId);
        Outcome waiting = rush.enrolAs(b, cohortId);
        rush.enrolAs(c, cohortId);
        rush.asMember(b, desk -> desk.cancel(waiting.enrolment().id(), null));

        Outcome again = rush.enrolAs(b, cohortId);

        assertEquals(waiting.enrolment().id(), again.enrolment().id(), "one row per member and cohort");
        assertEquals(EnrolmentStatus.WAITLISTED, again.enrolment().status());
        assertEquals(2, again.position(), "behind c, who came while b was away");
    }

    @Test
    void anOfferThatRanOutIsPassedOnBeforeANewcomerIsPlaced() {
        long cohortId = rush.newCohort(1, cohort -> cohort.seats().changeMoveUp(MoveUp.OFFER, 1));
        long a = rush.members.get(0);
        long b = rush.members.get(1);
        Outcome seated = rush.enrolAs(a, cohortId);
        rush.enrolAs(b, cohortId);
        rush.asMember(a, desk -> desk.cancel(seated.enrolment().id(), null));
        assertEquals(EnrolmentStatus.OFFERED, status(cohortId, b));

        rush.clock = Clock.offset(RushFixture.CLOCK, Duration.ofHours(2));
        Outcome newcomer = rush.enrolAs(rush.members.get(2), cohortId);

        assertEquals(EnrolmentStatus.CANCELLED, status(cohortId, b), "b's offer ran out");
        assertEquals(EnrolmentStatus.CONFIRMED, newcomer.enrolment().status(), "the seat was free for the newcomer");
        assertEquals(1, rush.seatsTaken(cohortId));
    }

    private static EnrolmentStatus status(long cohortId, long member) {
        return rush.enrolmentsOf(cohortId).stream()
                .filter(e -> e.member().id() == member)
                .findFirst()
                .orElseThrow()
                .status();
    }

    private static long count(List<Enrolment> enrolments, EnrolmentStatus status) {
        return enrolments.stream().filter(e -> e.status() == status).count();
    }
}
