package org.committeeacademy.cohort.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;
import org.junit.jupiter.api.Test;

/** A clash names the other session's day and time as the reader writes them, never as an ISO date. */
class ClashMessageTest {

    private static final LocalizedText TEXT = new LocalizedText("Titel", "Title");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 6);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Messages MESSAGES = new Messages();

    private final Series series = Series.create("integration-committees", TEXT, TEXT);
    private final Module context = new Module("local-context");
    private final Venue venue =
            new Venue("VHS Bonn", "Mülheimer Platz 1", "53111", "Bonn", new Accessibility(true, true, true, null));
    private final Room small = venue.addRoom("B06", 8);
    private final Room large = venue.addRoom("2.14", 20);

    ClashMessageTest() {
        series.addModule(context);
    }

    private Cohort cohort(String title, Account trainer) {
        Cohort cohort = new Cohort(series, venue, CohortPlan.defaults(title));
        cohort.assignTrainers(List.of(trainer));
        return cohort;
    }

    private SessionPlan at(Room room, int fromHour, int toHour) {
        return new SessionPlan(
                context, new TimeSlot(DAY.atTime(fromHour, 0), DAY.atTime(toHour, 0)), room, null, Set.of());
    }

    private static Account trainer(String email) {
        return new Account(email, email, Language.DE, "hash", EnumSet.of(Role.TRAINER), NOW);
    }

    private static String message(SessionClashException clash, Language language) {
        return MESSAGES.text(language, clash.messageKey(), clash.arguments());
    }

    @Test
    void aRoomClashShowsTheDayAsTheReaderWritesIt() {
        Session booked = cohort("Samstagsreihe", trainer("leyla@example.org")).schedule(at(small, 10, 16), List.of());
        Cohort other = cohort("Abendkurs", trainer("jonas@example.org"));

        SessionClashException clash =
                assertThrows(SessionClashException.class, () -> other.schedule(at(small, 15, 18), List.of(booked)));

        String german = message(clash, Language.DE);
        assertTrue(german.contains("06.03.2027, 10:00–16:00, B06"), german);
        String english = message(clash, Language.EN);
        assertTrue(english.contains("6 Mar 2027, 10:00–16:00, B06"), english);
        for (Language language : Language.values()) {
            String text = message(clash, language);
            assertFalse(ISO.matcher(text).find(), language + ": " + text);
            assertTrue(text.contains("Samstagsreihe"), text);
        }
    }

    @Test
    void aTrainerClashToo() {
        Account leyla = trainer("leyla@example.org");
        Session booked = cohort("Samstagsreihe", leyla).schedule(at(small, 10, 16), List.of());
        Cohort other = cohort("Abendkurs", leyla);

        SessionClashException clash =
                assertThrows(SessionClashException.class, () -> other.schedule(at(large, 13, 14), List.of(booked)));

        String german = message(clash, Language.DE);
        assertTrue(german.startsWith("leyla@example.org unterrichtet"), german);
        assertTrue(german.contains("06.03.2027, 10:00–16:00"), german);
        for (Language language : Language.values()) {
            assertFalse(ISO.matcher(message(clash, language)).find(), message(clash, language));
        }
    }
}
