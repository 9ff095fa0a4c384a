package org.committeeacademy.calendar.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.committeeacademy.calendar.application.Calendars;
import org.committeeacademy.shared.domain.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A personal calendar feed, for calendar programs that cannot log in: the secret token in the address is the
 * credential, so there is no login here, and an unknown or renewed token is simply not found.
 */
@Tag(name = "Calendars")
@Path("/calendar-feeds/{token}.ics")
@ApplicationScoped
public class CalendarFeedResource {

    @Inject
    Calendars calendars;

    @Operation(operationId = "calendarFeed", summary = "A member's personal calendar feed (iCalendar, by secret token)")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "text/calendar",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Produces(CalendarResponses.TEXT_CALENDAR)
    public Response feed(@PathParam("token") String token, @Context UriInfo uri) {
        String calendar = calendars
                .feed(token, CalendarResponses.site(uri))
                .orElseThrow(() -> new NotFoundException("calendar feed"));
        return CalendarResponses.ics(calendar, "committee-academy.ics");
    }
}
