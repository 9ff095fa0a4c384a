package org.committeeacademy.council.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.committeeacademy.council.application.CouncilCalendar;
import org.committeeacademy.council.application.MeetingView;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The imported meetings of a committee and its council: the committee's confirmed members, STAFF and ADMIN. A root
 * resource of its own, so that /committees/{id} itself stays with the committees' resource.
 */
@Tag(name = "Council information")
@Path("/committees/{id}/meetings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
public class CommitteeMeetingsResource {

    @Inject
    CouncilCalendar calendar;

    /** Meetings of the committee and the council from a day (today if none), ordered by start. */
    @Operation(operationId = "listCommitteeMeetings", summary = "List a committee's council meetings")
    @GET
    public List<MeetingView> meetings(@PathParam("id") long id, @QueryParam("from") String from) {
        return calendar.meetings(id, day(from));
    }

    private static LocalDate day(String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("from", "council.from.invalid");
        }
    }
}
