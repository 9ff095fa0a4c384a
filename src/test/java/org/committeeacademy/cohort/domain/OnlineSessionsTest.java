package org.committeeacademy.cohort.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Online and hybrid sessions: which cohorts allow them, https only, and when their "Teilnehmen" button works. */
class OnlineSessionsTest {

    private static final LocalizedText TEXT = new LocalizedText("Titel", "Title");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 6);
    private static final String ROOM_LINK = "https://bbb.example.org/b/ausschuss";
    private static final JoinWindow FIFTEEN = JoinWindow.minutesBefore(15);

    private Module module;
    private Series series;
    private Venue venue;
    private Room room;

    @BeforeEach
    void setUp() {
        series = Series.create("integration-committees", TEXT, TEXT);
        module = new Module("local-context");
        series.addModule(module);
        venue = new Venue("VHS Bonn", "Mülheimer Platz 1", "53111", "Bonn", new Accessibility(true, true, true, null));
        room = venue.addRoom("B06", 20);
    }

    private Cohort cohort(CohortFormat format) {
        CohortPlan p = CohortPlan.defaults("Abendreihe");
        return new Cohort(
                series,
                venue,
                new CohortPlan(
                        p.title(),
                        p.capacity(),
                        format,
                        p.language(),
                        p.fee(),
                        p.enrolmentOpens(),
                        p.enrolmentCloses(),
                        p.cancellationDeadline(),
                        p.approvalRequired(),
                        p.notes()));
    }

    private SessionPlan plan(Room where, String link) {
        return new SessionPlan(module, new TimeSlot(DAY.atTime(18, 0), DAY.atTime(20, 0)), where, link, Set.of());
    }

    private static String key(ValidationException e) {
        return e.violations().get(0).messageKey();
    }

    @Test
    void aBlendedCohortHasSessionsInPersonOnlineAndHybrid() {
        Cohort blended = cohort(CohortFormat.BLENDED);
        assertEquals(
                SessionMode.IN_PERSON,
                blended.schedule(plan(room, null), List.of()).mode());
        Session online = blended.schedule(plan(null, ROOM_LINK), List.of());
        assertEquals(SessionMode.ONLINE, online.mode());
        assertTrue(online.hasOnlineRoom());

        Session hybrid = cohort(CohortFormat.BLENDED).schedule(plan(room, ROOM_LINK), List.of());
        assertEquals(SessionMode.HYBRID, hybrid.mode());
        assertFalse(hybrid.isOnline(), "a hybrid session has its room");
        assertTrue(hybrid.hasOnlineRoom());
        assertTrue(hybrid.describe().endsWith("B06 + online"), hybrid.describe());
    }

    @Test
    void onlyABlendedCohortHasHybridSessions() {
        for (CohortFormat format : List.of(CohortFormat.IN_PERSON, CohortFormat.ONLINE)) {
            Cohort cohort = cohort(format);
            assertEquals(
                    "session.place.both",
                    key(assertThrows(
                            ValidationException.class, () -> cohort.schedule(plan(room, ROOM_LINK), List.of()))),
                    format.name());
        }
    }

    @Test
    void theRoomLinkIsHttpsOnly() {
        for (String link : List.of("http://meet.example.org/raum", "javascript:alert(1)", "meet.example.org/raum")) {
            assertEquals(
                    "session.link.format", key(assertThrows(ValidationException.class, () -> plan(null, link))), link);
        }
        assertEquals(ROOM_LINK, plan(null, "  " + ROOM_LINK + " ").onlineLink());
    }

    @Test
    void theWindowOpensFifteenMinutesBeforeAndClosesAtTheEnd() {
        LocalDateTime start = DAY.atTime(18, 0);
        LocalDateTime end = DAY.atTime(20, 0);
        assertFalse(FIFTEEN.isOpen(start, end, DAY.atTime(17, 44, 59)));
        assertTrue(FIFTEEN.isOpen(start, end, DAY.atTime(17, 45)));
        assertTrue(FIFTEEN.isOpen(start, end, DAY.atTime(19, 59, 59)));
        assertFalse(FIFTEEN.isOpen(start, end, end));
        assertFalse(FIFTEEN.isOpen(start, end, DAY.minusDays(1).atTime(18, 0)));
        assertEquals(DAY.atTime(17, 45), FIFTEEN.opensAt(start));

        JoinWindow hour = JoinWindow.minutesBefore(60);
        assertTrue(hour.isOpen(start, end, DAY.atTime(17, 0)));
        assertTrue(JoinWindow.minutesBefore(-5).isOpen(start, end, start), "a negative setting means at the start");
        assertFalse(JoinWindow.minutesBefore(-5).isOpen(start, end, start.minusSeconds(1)));
    }

    @Test
    void onlySessionsWithAnOnlineRoomThatTakePlaceCanBeJoined() {
        Cohort blended = cohort(CohortFormat.BLENDED);
        Session inPerson = blended.schedule(plan(room, null), List.of());
        Session online = blended.schedule(
                new SessionPlan(module, new TimeSlot(DAY.atTime(9, 0), DAY.atTime(11, 0)), null, ROOM_LINK, Set.of()),
                List.of());
        assertFalse(FIFTEEN.isOpen(inPerson, DAY.atTime(18, 30)), "no online room");
        assertTrue(FIFTEEN.isOpen(online, DAY.atTime(9, 30)));

        blended.cancelSession(online, 0, Instant.parse("2027-03-01T10:00:00Z"));
        assertFalse(FIFTEEN.isOpen(online, DAY.atTime(9, 30)), "a cancelled session has no open room");
    }
}
