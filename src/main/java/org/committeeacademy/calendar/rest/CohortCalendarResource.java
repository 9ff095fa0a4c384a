package org.committeeacademy.calendar.rest;

import jakarta.annotation.security.RolesAllowed;
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
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Calendars")
@Path("/cohorts/{id}/calendar.ics")
@ApplicationScoped
public class CohortCalendarResource {

    @Inject
    Calendars calendars;

    /** The cohort's sessions as iCalendar: seated members, the cohort's trainers and staff; anyone else 404. */
    @Operation(operationId = "cohortCalendar", summary = "A cohort's sessions as iCalendar")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "text/calendar",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    @Produces(CalendarResponses.TEXT_CALENDAR)
    public Response calendar(@PathParam("id") long id, @Context UriInfo uri) {
        return CalendarResponses.ics(calendars.cohort(id, CalendarResponses.site(uri)), "cohort-" + id + ".ics");
    }
}
