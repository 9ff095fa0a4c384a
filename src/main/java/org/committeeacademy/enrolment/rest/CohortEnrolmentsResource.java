package org.committeeacademy.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.committeeacademy.enrolment.application.EnrolmentQueries;
import org.committeeacademy.enrolment.application.EnrolmentReplies;
import org.committeeacademy.enrolment.application.EnrolmentTurns;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Enrolments")
@Path("/cohorts/{cohortId}/enrolments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortEnrolmentsResource {

    @Inject
    EnrolmentQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    EnrolmentTurns turns;

    /** Staff and the cohort's trainers. */
    @Operation(operationId = "getRoster", summary = "Read a cohort's roster (enrolments and waiting list)")
    @GET
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME, Role.TRAINER_NAME})
    public RosterDto roster(@PathParam("cohortId") long cohortId) {
        return RosterDto.of(queries.roster(cohortId));
    }

    /**
     * A member enrols themself (no body); staff enrol a member with {@code {memberId}}. 201 for a new enrolment,
     * 200 with the existing one when the member already holds a place.
     */
    @Operation(operationId = "enrol", summary = "Enrol oneself or a member in a cohort")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "EnrolmentDto")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.MEMBER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public Response enrol(@PathParam("cohortId") long cohortId, EnrolmentRequestDto body, @Context UriInfo uri) {
        Long memberId = EnrolmentRequestDto.orEmpty(body).memberId();
        boolean staff = currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
        if (memberId != null && !staff && !memberId.equals(currentUser.require().id())) {
            throw new AccessDeniedException("Only staff enrol someone else");
        }
        EnrolmentReplies.Replied answer = turns.reply(cohortId, memberId == null || !staff ? null : memberId);
        EnrolmentDto enrolment = EnrolmentDto.of(answer.enrolment());
        if (!answer.created()) {
            return Response.ok(enrolment).build();
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("enrolments")
                        .path(String.valueOf(enrolment.id()))
                        .build())
                .entity(enrolment)
                .build();
    }
}
