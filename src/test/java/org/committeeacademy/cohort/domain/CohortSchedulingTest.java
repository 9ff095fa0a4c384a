package org.committeeacademy.cohort.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduling rules of a cohort: overlaps, rooms, trainers, window, format and status. */
class CohortSchedulingTest {

    private static final LocalizedText TEXT = new LocalizedText("Titel", "Title");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 6);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private Series series;
    private Module context;
    private Module goals;
    private Venue venue;
    private Room small;
    private Room large;
    private Account leyla;
    private Account jonas;

    @BeforeEach
    void setUp() {
        series = Series.create("integration-committees", TEXT, TEXT);
        context = new Module("local-context");
        goals = new Module("strategic-goals");
        series.addModule(context);
        series.addModule(goals);
        venue = new Venue("VHS Bonn", "Mülheimer Platz 1", "53111", "Bonn", new Accessibility(true, true, true, null));
        small = venue.addRoom("B06", 8);
        large = venue.addRoom("2.14", 20);
        leyla = trainer("leyla@example.org");
        jonas = trainer("jonas@example.org");
    }

    private static Account trainer(String email) {
        return new Account(email, email, Language.DE, "hash", EnumSet.of(Role.TRAINER), NOW);
    }

    private Cohort cohort(String title) {
        Cohort cohort = new Cohort(series, venue, CohortPlan.defaults(title));
        cohort.assignTrainers(List.of(leyla));
        return cohort;
    }

    private static TimeSlot slot(int fromHour, int toHour) {
        return new TimeSlot(DAY.atTime(fromHour, 0), DAY.atTime(toHour, 0));
    }

    private SessionPlan inRoom(Room room, TimeSlot slot, Account... trainers) {
        return new SessionPlan(context, slot, room, null, Set.of(trainers));
    }

    @Test
    void aSessionEndingAtNoonAndOneStartingAtNoonDoNotOverlap() {
        assertFalse(slot(9, 12).overlaps(slot(12, 15)));
        assertFalse(slot(12, 15).overlaps(slot(9, 12)));
        assertTrue(slot(9, 12).overlaps(slot(11, 15)));
        assertTrue(slot(9, 15).overlaps(slot(10, 11)), "one inside the other");
        assertTrue(slot(10, 11).overlaps(slot(10, 11)), "the same time");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> slot(12, 9));
        assertEquals("session.end.beforeStart", e.violations().get(0).messageKey());
        assertThrows(ValidationException.class, () -> slot(12, 12));
    }

    @Test
    void theSameRoomAtAnOverlappingTimeClashesAndNamesTheOtherCohort() {
        Cohort saturday = cohort("Samstagsreihe");
        Session booked = saturday.schedule(inRoom(small, slot(10, 16)), List.of());
        Cohort other = cohort("Abendkurs");
        other.assignTrainers(List.of(jonas));

        SessionClashException clash = assertThrows(
                SessionClashException.class, () -> other.schedule(inRoom(small, slot(15, 18)), List.of(booked)));

        assertEquals("session.clash.room", clash.messageKey());
        assertEquals("Samstagsreihe", clash.arguments()[0]);
        assertTrue(clash.clash().isRoom());
        assertEquals(0, other.sessions().size());
    }

    @Test
    void backToBackInTheSameRoomIsFine() {
        Cohort saturday = cohort("Samstagsreihe");
        Session morning = saturday.schedule(inRoom(small, slot(9, 12)), List.of());
        Cohort other = cohort("Abendkurs");
        other.assignTrainers(List.of(jonas));

        Session afternoon = other.schedule(inRoom(small, slot(12, 15)), List.of(morning));

        assertEquals(DAY.atTime(12, 0), afternoon.start());
    }

    @Test
    void aTrainerInTwoPlacesAtOnceClashesAndIsNamed() {
        Session booked = cohort("Samstagsreihe").schedule(inRoom(small, slot(10, 16)), List.of());
        Cohort other = cohort("Abendkurs");

        SessionClashException clash = assertThrows(
                SessionClashException.class, () -> other.schedule(inRoom(large, slot(13, 14)), List.of(booked)));

        assertEquals("session.clash.trainer", clash.messageKey());
        assertEquals("leyla@example.org", clash.arguments()[3]);
    }

    @Test
    void cancelledSessionsAndCancelledCohortsFreeTheirRooms() {
        Cohort saturday = cohort("Samstagsreihe");
        Session booked = saturday.schedule(inRoom(small, slot(10, 16)), List.of());
        saturday.cancel(3, NOW);
        Cohort other = cohort("Abendkurs");

        Session session = other.schedule(inRoom(small, slot(10, 16)), List.of(booked));

        assertEquals(small, session.room());
    }

    @Test
    void aRoomSmallerThanTheCapacityOrOfAnotherVenueIsRefused() {
        Cohort cohort = cohort("Samstagsreihe");
        cohort.revise(withCapacity(cohort.plan(), 12), 0);

        assertEquals(
                "session.room.tooSmall",
                key(assertThrows(
                        ValidationException.class, () -> cohort.schedule(inRoom(small, slot(9, 12)), List.of()))));
        Room elsewhere = new Venue("VHS Köln", "Cäcilienstraße 29", "50667", "Köln", null).addRoom("3.07", 20);
        assertEquals(
                "session.room.otherVenue",
                key(assertThrows(
                        ValidationException.class, () -> cohort.schedule(inRoom(elsewhere, slot(9, 12)), List.of()))));
    }

    @Test
    void theCapacityCannotExceedTheSmallestRoomOfItsSessions() {
        Cohort cohort = cohort("Samstagsreihe");
        cohort.schedule(inRoom(small, slot(9, 12)), List.of());

        ValidationException e =
                assertThrows(ValidationException.class, () -> cohort.revise(withCapacity(cohort.plan(), 9), 0));

        assertEquals("cohort.capacity.aboveRoom", key(e));
        assertEquals(8, cohort.capacity());
    }

    @Test
    void theCapacityIsBetweenOneAndThirtyAndNotBelowTheConfirmed() {
        Cohort cohort = cohort("Samstagsreihe");
        assertEquals(
                "cohort.capacity.range",
                key(assertThrows(ValidationException.class, () -> cohort.revise(withCapacity(cohort.plan(), 31), 0))));
        assertEquals(
                "cohort.capacity.range",
                key(assertThrows(ValidationException.class, () -> cohort.revise(withCapacity(cohort.plan(), 0), 0))));
        assertEquals(
                "cohort.capacity.belowConfirmed",
                key(assertThrows(ValidationException.class, () -> cohort.revise(withCapacity(cohort.plan(), 5), 6))));
    }

    @Test
    void enrolmentMustCloseByTheFirstSession() {
        Cohort cohort = cohort("Samstagsreihe");
        cohort.schedule(inRoom(small, slot(9, 12)), List.of());

        ValidationException e = assertThrows(
                ValidationException.class,
                () -> cohort.revise(withWindow(cohort.plan(), DAY.minusDays(30), DAY.plusDays(1)), 0));

        assertEquals("cohort.window.afterFirstSession", key(e));
        cohort.revise(withWindow(cohort.plan(), DAY.minusDays(30), DAY), 0);
        assertEquals(DAY, cohort.enrolmentCloses());
    }

    @Test
    void aSessionBeforeEnrolmentClosesIsRefused() {
        Cohort cohort = cohort("Samstagsreihe");
        cohort.revise(withWindow(cohort.plan(), DAY.minusDays(30), DAY.plusDays(7)), 0);

        assertEquals(
                "session.beforeWindowCloses",
                key(assertThrows(
                        ValidationException.class, () -> cohort.schedule(inRoom(small, slot(9, 12)), List.of()))));
    }

    @Test
    void sessionsFitTheFormat() {
        Cohort online = new Cohort(series, venue, withFormat(CohortPlan.defaults("Online"), CohortFormat.ONLINE));
        assertEquals(
                "session.room.online",
                key(assertThrows(
                        ValidationException.class, () -> online.schedule(inRoom(large, slot(9, 12)), List.of()))));
        Session session = online.schedule(
                new SessionPlan(goals, slot(18, 20), null, "https://meet.example.org/ausschuss", Set.of()), List.of());
        assertTrue(session.isOnline());

        Cohort inPerson = cohort("Präsenz");
        assertEquals(
                "session.room.required",
                key(assertThrows(
                        ValidationException.class,
                        () -> inPerson.schedule(
                                new SessionPlan(goals, slot(18, 20), null, "https://meet.example.org/x", Set.of()),
                                List.of()))));
        assertThrows(
                ValidationException.class,
                () -> new SessionPlan(goals, slot(18, 20), null, "javascript:alert(1)", Set.of()));
    }

    @Test
    void aModuleOfAnotherSeriesIsRefused() {
        Cohort cohort = cohort("Samstagsreihe");
        SessionPlan foreign = new SessionPlan(new Module("other"), slot(9, 12), large, null, Set.of());

        assertEquals(
                "session.module.notInSeries",
                key(assertThrows(ValidationException.class, () -> cohort.schedule(foreign, List.of()))));
    }

    @Test
    void movingASessionRecordsTheChangeForThePeopleAffected() {
        Cohort cohort = cohort("Samstagsreihe");
        Session session = cohort.schedule(inRoom(small, slot(10, 16)), List.of());

        ScheduleChange change = cohort.reschedule(session, inRoom(large, slot(11, 17)), List.of(session), 5, NOW)
                .orElseThrow();

        assertEquals(ScheduleChange.Kind.SESSION_MOVED, change.kind());
        assertEquals(5, change.peopleAffected());
        assertTrue(change.details().contains("B06") && change.details().contains("2.14"), change.details());
        assertTrue(
                cohort.reschedule(session, inRoom(large, slot(11, 17)), List.of(), 5, NOW)
                        .isEmpty(),
                "nothing changed, nobody to tell");
        assertTrue(cohort.cancelSession(session, 0, NOW).isEmpty(), "nobody enrolled, nobody to tell");
        assertTrue(session.isCancelled());
    }

    @Test
    void theStatusMovesForwardOnlyAndCancellingTellsEveryone() {
        Cohort cohort = cohort("Samstagsreihe");
        assertEquals(CohortStatus.DRAFT, cohort.status());
        assertEquals(
                "cohort.status.transition",
                key(assertThrows(ValidationException.class, () -> cohort.changeStatus(CohortStatus.COMPLETED))));
        cohort.changeStatus(CohortStatus.OPEN);
        cohort.changeStatus(CohortStatus.RUNNING);

        ScheduleChange change = cohort.cancel(9, NOW).orElseThrow();

        assertEquals(CohortStatus.CANCELLED, cohort.status());
        assertEquals(ScheduleChange.Kind.COHORT_CANCELLED, change.kind());
        assertEquals(9, change.peopleAffected());
        assertThrows(ValidationException.class, () -> cohort.cancel(9, NOW));
        assertEquals(
                "cohort.closed",
                key(assertThrows(
                        ValidationException.class, () -> cohort.schedule(inRoom(large, slot(9, 12)), List.of()))));
    }

    @Test
    void enrolmentIsPossibleOnlyWhenOpenAndInsideTheWindow() {
        Cohort cohort = cohort("Samstagsreihe");
        cohort.revise(withWindow(cohort.plan(), DAY.minusDays(30), DAY.minusDays(1)), 0);
        assertFalse(cohort.isOpenForEnrolment(DAY.minusDays(10)), "still a draft");
        cohort.changeStatus(CohortStatus.OPEN);

        assertFalse(cohort.isOpenForEnrolment(DAY.minusDays(31)));
        assertTrue(cohort.isOpenForEnrolment(DAY.minusDays(30)));
        assertTrue(cohort.isOpenForEnrolment(DAY.minusDays(1)));
        assertFalse(cohort.isOpenForEnrolment(DAY));
    }

    @Test
    void onlyTrainersCanTeach() {
        Account member = new Account("m@example.org", "M", Language.DE, "hash", EnumSet.of(Role.MEMBER), NOW);
        Cohort cohort = cohort("Samstagsreihe");

        assertEquals(
                "cohort.trainer.role",
                key(assertThrows(ValidationException.class, () -> cohort.assignTrainers(List.of(member)))));
    }

    @Test
    void theFeeIsNotNegative() {
        CohortPlan plan = CohortPlan.defaults("Kurs");
        CohortPlan negative =
                new CohortPlan(plan.title(), 8, null, null, new BigDecimal("-1"), null, null, null, false, null);

        assertEquals(
                "cohort.fee.range",
                key(assertThrows(ValidationException.class, () -> new Cohort(series, venue, negative))));
    }

    private static String key(ValidationException e) {
        return e.violations().get(0).messageKey();
    }

    private static CohortPlan withCapacity(CohortPlan p, int capacity) {
        return new CohortPlan(
                p.title(),
                capacity,
                p.format(),
                p.language(),
                p.fee(),
                p.enrolmentOpens(),
                p.enrolmentCloses(),
                p.cancellationDeadline(),
                p.approvalRequired(),
                p.notes());
    }

    private static CohortPlan withWindow(CohortPlan p, LocalDate opens, LocalDate closes) {
        return new CohortPlan(
                p.title(),
                p.capacity(),
                p.format(),
                p.language(),
                p.fee(),
                opens,
                closes,
                closes,
                p.approvalRequired(),
                p.notes());
    }

    private static CohortPlan withFormat(CohortPlan p, CohortFormat format) {
        return new CohortPlan(
                p.title(),
                p.capacity(),
                format,
                p.language(),
                p.fee(),
                p.enrolmentOpens(),
                p.enrolmentCloses(),
                p.cancellationDeadline(),
                p.approvalRequired(),
                p.notes());
    }
}
