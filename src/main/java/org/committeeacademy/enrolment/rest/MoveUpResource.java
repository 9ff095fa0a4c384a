package org.committeeacademy.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.committeeacademy.cohort.domain.MoveUp;
import org.committeeacademy.cohort.domain.Seats;
import org.committeeacademy.enrolment.application.EnrolmentReplies;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.persistence.Contention;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How a cohort passes on freed seats: {@code {mode: AUTOMATIC or OFFER, offerHours}} (default 48). */
@Tag(name = "Enrolments")
@Path("/cohorts/{cohortId}/move-up")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MoveUpResource {

    public record MoveUpDto(String mode, Integer offerHours) {}

    @Inject
    EnrolmentReplies replies;

    /** Answers the roster, in which seats that were free have already gone out under the new rule. */
    @Operation(operationId = "changeMoveUp", summary = "Change how a cohort fills free places from its waiting list")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public RosterDto change(@PathParam("cohortId") long cohortId, MoveUpDto body) {
        if (body == null || body.mode() == null) {
            throw new ValidationException("mode", "validation.required");
        }
        MoveUp mode;
        try {
            mode = MoveUp.valueOf(body.mode());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("mode", "api.wrongType");
        }
        int hours = body.offerHours() == null ? Seats.DEFAULT_OFFER_HOURS : body.offerHours();
        return RosterDto.of(Contention.retry(() -> replies.changeMoveUp(cohortId, mode, hours)));
    }
}
