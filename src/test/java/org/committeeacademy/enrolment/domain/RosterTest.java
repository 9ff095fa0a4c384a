package org.committeeacademy.enrolment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortPlan;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.MoveUp;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Venue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seat and waiting-list rules: hard limit, first come first served, moving up, offers, deadlines. */
class RosterTest {

    private static final LocalizedText TEXT = new LocalizedText("Reihe", "Series");
    /** 10:00 in Bonn on 23 November 2026. */
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Series series;
    private Venue venue;
    private Account staff;

    @BeforeEach
    void setUp() {
        series = Series.create("integration-committees", TEXT, TEXT);
        series.addModule(new Module("local-context"));
        venue = new Venue("VHS Bonn", "Mülheimer Platz 1", "53111", "Bonn", new Accessibility(true, true, true, null));
        staff = account("staff@example.org", Role.STAFF);
    }

    private static Account account(String email, Role role) {
        return new Account(email, email, Language.DE, "hash", EnumSet.of(role), NOW);
    }

    private static List<Account> members(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> account("m" + i + "@example.org", Role.MEMBER))
                .toList();
    }

    private Cohort open(int capacity, boolean approval, LocalDate cancellationDeadline) {
        Cohort cohort = new Cohort(
                series,
                venue,
                new CohortPlan(
                        "Frühjahrskurs",
                        capacity,
                        null,
                        null,
                        null,
                        TODAY.minusDays(5),
                        TODAY.plusDays(20),
                        cancellationDeadline,
                        approval,
                        null));
        cohort.changeStatus(CohortStatus.OPEN);
        return cohort;
    }

    private Roster roster(int capacity) {
        return new Roster(open(capacity, false, TODAY.plusDays(10)), List.of());
    }

    @Test
    void seatsGoFirstThenTheWaitingListInTheOrderPeopleCame() {
        Roster roster = roster(3);
        List<Account> people = members(6);

        List<Enrolment> enrolments =
                people.stream().map(m -> roster.enrol(m, NOW).enrolment()).toList();

        assertEquals(
                3,
                enrolments.stream()
                        .filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
                        .count());
        assertEquals(List.of(enrolments.get(3), enrolments.get(4), enrolments.get(5)), roster.waiting());
        assertEquals(2, roster.position(enrolments.get(4)).getAsInt());
        assertEquals(3, roster.cohort().seats().taken());
        assertEquals(0, roster.freeSeats());
        assertEquals(3, enrolments.get(5).history().get(0).waitlistPosition(), "the position people are told");
    }

    @Test
    void enrollingAgainReturnsTheSamePlaceAndMakesNoSecond() {
        Roster roster = roster(3);
        Account member = members(1).get(0);

        Roster.Placement first = roster.enrol(member, NOW);
        Roster.Placement again = roster.enrol(member, NOW);

        assertTrue(first.created());
        assertFalse(again.created());
        assertSame(first.enrolment(), again.enrolment());
        assertEquals(1, roster.created().size());
        assertEquals(1, first.enrolment().history().size());
    }

    @Test
    void aMemberWhoCancelledCanEnrolAgainInTheSameRecordWithItsHistory() {
        Roster roster = roster(1);
        List<Account> people = members(2);
        Enrolment first = roster.enrol(people.get(0), NOW).enrolment();
        roster.enrol(people.get(1), NOW);
        roster.cancelByMember(first, people.get(0), NOW);

        Roster.Placement again = roster.enrol(people.get(0), NOW);

        assertSame(first, again.enrolment(), "one row per member and cohort");
        assertTrue(again.created(), "a new place, though in the same record");
        assertEquals(EnrolmentStatus.WAITLISTED, first.status(), "behind the one who moved up meanwhile");
        assertEquals(3, first.history().size());
        assertEquals(2, roster.created().size());
    }

    @Test
    void aCancelledSeatGoesStraightToTheFirstPersonWaitingAndPositionsCloseUp() {
        Roster roster = roster(2);
        List<Enrolment> e =
                members(5).stream().map(m -> roster.enrol(m, NOW).enrolment()).toList();

        roster.cancelByMember(e.get(0), e.get(0).member(), NOW);

        assertEquals(EnrolmentStatus.CANCELLED, e.get(0).status());
        assertEquals(EnrolmentStatus.CONFIRMED, e.get(2).status(), "the first waiting moved up");
        assertEquals(ChangeCause.MOVED_UP, last(e.get(2)).cause());
        assertEquals(List.of(e.get(3), e.get(4)), roster.waiting());
        assertEquals(1, roster.position(e.get(3)).getAsInt());
        assertEquals(2, roster.cohort().seats().taken());
    }

    @Test
    void leavingTheWaitingListLetsNobodyJumpAhead() {
        Roster roster = roster(1);
        List<Enrolment> e =
                members(4).stream().map(m -> roster.enrol(m, NOW).enrolment()).toList();

        roster.cancelByMember(e.get(2), e.get(2).member(), NOW);

        assertEquals(ChangeCause.LEFT_WAITLIST, last(e.get(2)).cause());
        assertEquals(List.of(e.get(1), e.get(3)), roster.waiting());
        Enrolment late =
                roster.enrol(account("late@example.org", Role.MEMBER), NOW).enrolment();
        assertEquals(3, roster.position(late).getAsInt(), "a newcomer queues behind everyone waiting");
    }

    @Test
    void inOfferModeTheFirstWaitingGetsAnOfferThatPassesOnWhenItRunsOut() {
        Cohort cohort = open(1, false, TODAY.plusDays(10));
        cohort.seats().changeMoveUp(MoveUp.OFFER, 48);
        Roster roster = new Roster(cohort, List.of());
        List<Enrolment> e =
                members(3).stream().map(m -> roster.enrol(m, NOW).enrolment()).toList();

        roster.cancelByMember(e.get(0), e.get(0).member(), NOW);

        assertEquals(EnrolmentStatus.OFFERED, e.get(1).status());
        assertEquals(NOW.plus(Duration.ofHours(48)), e.get(1).offerExpiresAt());
        assertEquals(1, cohort.seats().taken(), "the offered seat is held for the person");
        Enrolment newcomer =
                roster.enrol(account("new@example.org", Role.MEMBER), NOW).enrolment();
        assertEquals(EnrolmentStatus.WAITLISTED, newcomer.status(), "no seat is free while an offer is out");

        assertEquals(0, roster.expireOffers(NOW.plus(Duration.ofHours(47))));
        assertEquals(1, roster.expireOffers(NOW.plus(Duration.ofHours(48))));

        assertEquals(EnrolmentStatus.CANCELLED, e.get(1).status());
        assertEquals(ChangeCause.OFFER_EXPIRED, last(e.get(1)).cause());
        assertEquals(EnrolmentStatus.OFFERED, e.get(2).status(), "the next in line gets the offer");
        assertThrows(
                ConflictException.class,
                () -> roster.acceptOffer(e.get(2), e.get(2).member(), NOW.plus(Duration.ofHours(100))));
        roster.acceptOffer(e.get(2), e.get(2).member(), NOW.plus(Duration.ofHours(50)));
        assertEquals(EnrolmentStatus.CONFIRMED, e.get(2).status());
    }

    @Test
    void aDeclinedOfferPassesToTheNextInLine() {
        Cohort cohort = open(1, false, TODAY.plusDays(10));
        cohort.seats().changeMoveUp(MoveUp.OFFER, 24);
        Roster roster = new Roster(cohort, List.of());
        List<Enrolment> e =
                members(3).stream().map(m -> roster.enrol(m, NOW).enrolment()).toList();
        roster.cancelByStaff(e.get(0), "krank", staff, NOW);

        roster.declineOffer(e.get(1), e.get(1).member(), NOW);

        assertEquals(ChangeCause.OFFER_DECLINED, last(e.get(1)).cause());
        assertEquals(EnrolmentStatus.OFFERED, e.get(2).status());
    }

    @Test
    void withApprovalRequiredStaffConfirmOrDeclineWithAReason() {
        Roster roster = new Roster(open(1, true, TODAY.plusDays(10)), List.of());
        List<Enrolment> e =
                members(3).stream().map(m -> roster.enrol(m, NOW).enrolment()).toList();
        assertTrue(e.stream().allMatch(x -> x.status() == EnrolmentStatus.REQUESTED));
        assertEquals(0, roster.cohort().seats().taken(), "a request holds no seat");

        roster.approve(e.get(1), staff, NOW);
        roster.approve(e.get(0), staff, NOW);
        ValidationException noReason =
                assertThrows(ValidationException.class, () -> roster.decline(e.get(2), " ", staff, NOW));
        roster.decline(e.get(2), "Nicht Mitglied eines Ausschusses", staff, NOW);

        assertEquals(
                "enrolment.decline.reasonRequired", noReason.violations().get(0).messageKey());
        assertEquals(EnrolmentStatus.CONFIRMED, e.get(1).status());
        assertEquals(EnrolmentStatus.WAITLISTED, e.get(0).status(), "approved when full: waits");
        assertEquals(EnrolmentStatus.DECLINED, e.get(2).status());
        assertEquals("Nicht Mitglied eines Ausschusses", e.get(2).decisionNote());
    }

    @Test
    void membersCancelASeatOnlyUntilTheDeadlineAndAreToldWhomToAsk() {
        Roster roster = new Roster(open(1, false, TODAY.minusDays(1)), List.of());
        Enrolment seat = roster.enrol(members(1).get(0), NOW).enrolment();
        Enrolment waiting = roster.enrol(members(2).get(1), NOW).enrolment();

        ConflictException late =
                assertThrows(ConflictException.class, () -> roster.cancelByMember(seat, seat.member(), NOW));
        roster.cancelByMember(waiting, waiting.member(), NOW);
        roster.cancelByStaff(seat, null, staff, NOW);

        assertEquals("enrolment.cancel.deadline", late.messageKey());
        assertEquals("VHS Bonn", late.arguments()[0]);
        assertEquals(EnrolmentStatus.CANCELLED, seat.status());
        assertEquals(ChangeCause.CANCELLED_BY_STAFF, last(seat).cause());
        assertSame(staff, last(seat).changedBy());
    }

    @Test
    void membersEnrolOnlyInsideTheWindowStaffAlsoOutsideIt() {
        Cohort cohort = open(2, false, TODAY.plusDays(10));
        Roster roster = new Roster(cohort, List.of());
        Instant afterWindow = NOW.plus(Duration.ofDays(30));

        ConflictException closed = assertThrows(
                ConflictException.class, () -> roster.enrol(members(1).get(0), afterWindow));
        Enrolment byStaff =
                roster.enrolOnBehalf(members(1).get(0), staff, afterWindow).enrolment();

        assertEquals("enrolment.closed", closed.messageKey());
        assertEquals(EnrolmentStatus.CONFIRMED, byStaff.status());
        assertEquals(ChangeCause.ENROLLED_BY_STAFF, last(byStaff).cause());
        assertThrows(ValidationException.class, () -> roster.enrolOnBehalf(staff, staff, NOW), "not a member");
    }

    @Test
    void raisingTheCapacityMovesPeopleUp() {
        Cohort cohort = open(1, false, TODAY.plusDays(10));
        Roster roster = new Roster(cohort, List.of());
        List<Enrolment> e =
                members(3).stream().map(m -> roster.enrol(m, NOW).enrolment()).toList();

        cohort.revise(
                new CohortPlan("Frühjahrskurs", 2, null, null, null, null, null, null, false, null),
                cohort.seats().taken());
        roster.seatsChanged(NOW);

        assertEquals(EnrolmentStatus.CONFIRMED, e.get(1).status());
        assertEquals(List.of(e.get(2)), roster.waiting());
    }

    @Test
    void aMoveEndsThePlaceHereKeepsItsHistoryAndQueuesThereIfFull() {
        Roster here = roster(1);
        Roster there = roster(1);
        List<Account> people = members(3);
        Enrolment moving = here.enrol(people.get(0), NOW).enrolment();
        Enrolment waitingHere = here.enrol(people.get(1), NOW).enrolment();
        there.enrol(people.get(2), NOW);

        Roster.Placement moved = here.moveTo(moving, there, staff, NOW);

        assertEquals(EnrolmentStatus.CANCELLED, moving.status());
        assertEquals(ChangeCause.MOVED_OUT, last(moving).cause());
        assertEquals(EnrolmentStatus.CONFIRMED, waitingHere.status(), "the freed seat went to the next");
        assertEquals(EnrolmentStatus.WAITLISTED, moved.enrolment().status());
        assertEquals(ChangeCause.MOVED_IN, last(moved.enrolment()).cause());
        assertEquals(2, moving.history().size());
    }

    @Test
    void theSeatBookRefusesToHoldMoreThanTheCapacity() {
        Cohort cohort = open(2, false, TODAY.plusDays(10));
        assertThrows(IllegalStateException.class, () -> cohort.seats().recount(3, cohort.capacity()));
    }

    private static EnrolmentChange last(Enrolment enrolment) {
        return enrolment.history().get(enrolment.history().size() - 1);
    }
}
