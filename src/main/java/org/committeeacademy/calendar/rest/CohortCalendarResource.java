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

@Path("/cohorts/{id}/calendar.ics")
@ApplicationScoped
public class CohortCalendarResource {

    @Inject
    Calendars calendars;

    /** The cohort's sessions as iCalendar: seated members, the cohort's trainers and staff; anyone else 404. */
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    @Produces(CalendarResponses.TEXT_CALENDAR)
    public Response calendar(@PathParam("id") long id, @Context UriInfo uri) {
        return CalendarResponses.ics(calendars.cohort(id, CalendarResponses.site(uri)), "cohort-" + id + ".ics");
    }
}
