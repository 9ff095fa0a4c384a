package org.committeeacademy.calendar.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** iCalendar answers, and the site's own address (without /api/v1) for links inside the entries. */
final class CalendarResponses {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    private CalendarResponses() {}

    static Response ics(String calendar, String fileName) {
        return Response.ok(calendar, TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    static String site(UriInfo uri) {
        String api = uri.getBaseUri().toString();
        return api.replaceFirst("/api/v1/?$", "");
    }
}
