package org.committeeacademy.cohort.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.committeeacademy.cohort.application.Booking;
import org.committeeacademy.shared.domain.Language;

/** A booking as the calendar shows it, in the page's language. */
public record CalendarLine(
        long cohortId, String cohortTitle, String moduleTitle, String roomName, LocalDateTime start, LocalDateTime end)
        implements Serializable {

    static CalendarLine of(Booking b, Language language) {
        return new CalendarLine(
                b.cohortId(), b.cohortTitle(), b.moduleTitle().in(language), b.roomName(), b.start(), b.end());
    }

    /** "Köln – Frühjahrskurs: Strategische Ziele entwickeln (Seminarraum 3.07)" */
    public String title() {
        return cohortTitle + ": " + moduleTitle + " (" + roomName + ")";
    }
}
