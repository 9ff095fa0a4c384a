package org.committeeacademy.calendar.domain;

import java.time.Instant;

/**
 * One session (or a council meeting, marked by its categories) as a calendar shows it. The uid stays the same for the session's whole life and the sequence grows
 * with every move or cancellation, so calendar programs update their entry instead of adding a second one.
 */
public record CalendarEntry(
        String uid,
        int sequence,
        Instant start,
        Instant end,
        String summary,
        String location,
        String description,
        String url,
        boolean cancelled,
        java.util.List<String> categories) {

    public CalendarEntry {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A calendar entry ends after it starts");
        }
        categories = categories == null ? java.util.List.of() : java.util.List.copyOf(categories);
    }

    /** An entry without categories (a course session). */
    public CalendarEntry(
            String uid,
            int sequence,
            Instant start,
            Instant end,
            String summary,
            String location,
            String description,
            String url,
            boolean cancelled) {
        this(uid, sequence, start, end, summary, location, description, url, cancelled, java.util.List.of());
    }

    /** The uid of a session; never reused, since session ids are not. */
    public static String uidOf(long sessionId) {
        return "session-" + sessionId + "@committee-academy";
    }
}
