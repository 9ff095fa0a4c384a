package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortFormat;
import org.committeeacademy.cohort.domain.CohortPlan;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.SessionPlan;
import org.committeeacademy.cohort.domain.TimeSlot;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;
import org.junit.jupiter.api.Test;

/** The reminder's "place": the room, and for an online room our join page, never the room's own link. */
class ReminderPlaceTest {

    private static final String ROOM_LINK = "https://jitsi.example.org/ausschuss-bonn";
    private static final LocalDate DAY = LocalDate.of(2027, 3, 6);

    @Test
    void anOnlineOrHybridSessionIsJoinedThroughOurServer() throws Exception {
        Series series = Series.create("s", new LocalizedText("T", "T"), new LocalizedText("T", "T"));
        Module module = new Module("local-context");
        series.addModule(module);
        Venue venue =
                new Venue("VHS Bonn", "Mülheimer Platz 1", "53111", "Bonn", new Accessibility(true, true, true, null));
        Room room = venue.addRoom("B06", 20);
        CohortPlan p = CohortPlan.defaults("Abendreihe");
        Cohort cohort = new Cohort(
                series,
                venue,
                new CohortPlan(
                        p.title(),
                        p.capacity(),
                        CohortFormat.BLENDED,
                        p.language(),
                        p.fee(),
                        p.enrolmentOpens(),
                        p.enrolmentCloses(),
                        p.cancellationDeadline(),
                        p.approvalRequired(),
                        p.notes()));
        Session online = cohort.schedule(plan(module, 9, null, ROOM_LINK), List.of());
        Session hybrid = cohort.schedule(plan(module, 13, room, ROOM_LINK), List.of());
        Session inPerson = cohort.schedule(plan(module, 17, room, null), List.of());
        identify(online, 41L);
        identify(hybrid, 42L);

        String onlinePlace = Reminders.place(online, ReminderPlaceTest::site);
        assertEquals("https://academy.example.org/account/join.xhtml?session=41", onlinePlace);
        String hybridPlace = Reminders.place(hybrid, ReminderPlaceTest::site);
        assertTrue(hybridPlace.startsWith("VHS Bonn, B06 + online: "), hybridPlace);
        assertTrue(hybridPlace.endsWith("/account/join.xhtml?session=42"), hybridPlace);
        assertFalse((onlinePlace + hybridPlace).contains(ROOM_LINK));
        assertEquals("VHS Bonn, B06", Reminders.place(inPerson, ReminderPlaceTest::site));
    }

    private static String site() {
        return "https://academy.example.org";
    }

    private static SessionPlan plan(Module module, int hour, Room room, String link) {
        return new SessionPlan(
                module, new TimeSlot(DAY.atTime(hour, 0), DAY.atTime(hour + 2, 0)), room, link, Set.of());
    }

    private static void identify(Session session, long id) throws ReflectiveOperationException {
        Field field = Session.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(session, id);
    }
}
