package org.committeeacademy.enrolment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The member pages build message keys from statuses and choices; each such key must exist in both languages. */
class EnrolmentTextsTest {

    private final Messages messages = new Messages();

    @Test
    void theMessageAfterEnrollingSaysWhatTheClickEndedIn() {
        assertEquals(
                "Sie sind für „Köln“ angemeldet. Ihr Platz ist bestätigt.",
                text(EnrolmentActions.enrolledKey(EnrolmentStatus.CONFIRMED, true), "Köln", 0));
        assertEquals(
                "Der Kurs „Köln“ ist voll. Sie stehen auf Platz 3 der Warteliste.",
                text(EnrolmentActions.enrolledKey(EnrolmentStatus.WAITLISTED, true), "Köln", 3));
        assertEquals(
                "Ihre Anfrage für „Köln“ ist gesendet. Die VHS gibt Ihnen Bescheid.",
                text(EnrolmentActions.enrolledKey(EnrolmentStatus.REQUESTED, true), "Köln", 0));
        assertEquals(
                "Sie sind für „Köln“ bereits angemeldet.",
                text(EnrolmentActions.enrolledKey(EnrolmentStatus.WAITLISTED, false), "Köln", 2));
    }

    @Test
    void theSeatLineCountsSeatsAndPeopleWaiting() {
        assertEquals("Noch 6 Plätze frei.", text("enrolPanel.seats", 6L, 0L));
        assertEquals("Noch ein Platz frei; eine Person steht auf der Warteliste.", text("enrolPanel.seats", 1L, 1L));
        assertEquals(
                "Zurzeit ist kein Platz frei; 4 Personen stehen auf der Warteliste.", text("enrolPanel.seats", 0L, 4L));
        assertEquals(
                "No seat is free at the moment; 4 people are on the waiting list.",
                messages.text(Language.EN, "enrolPanel.seats", 0L, 4L));
    }

    @Test
    void everyKeyThePagesComposeExistsInGermanAndEnglish() {
        List<String> keys = new ArrayList<>();
        Stream.of(EnrolChoice.values())
                .filter(EnrolChoice::hasButton)
                .forEach(c -> keys.addAll(List.of(c.buttonKey(), "enrolPanel.explain." + c.name())));
        Stream.of(CohortStatus.values())
                .filter(s -> s != CohortStatus.OPEN)
                .forEach(s -> keys.add("enrolPanel.closed." + s.name()));
        for (EnrolmentStatus cancellable :
                List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.REQUESTED)) {
            keys.addAll(List.of(
                    "myCourses.cancel." + cancellable.name(),
                    "myCourses.cancelled." + cancellable.name(),
                    "myCourses.cancel.confirm." + cancellable.name()));
        }
        keys.add("myCourses.cancel.confirm.OFFERED");
        Stream.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.REQUESTED)
                .forEach(s -> keys.add(EnrolmentActions.enrolledKey(s, true)));
        for (String key : keys) {
            for (Language language : Language.values()) {
                assertNotEquals(key, messages.text(language, key), key + " is missing in " + language);
            }
        }
    }

    private String text(String key, Object... arguments) {
        return messages.text(Language.DE, key, arguments);
    }
}
