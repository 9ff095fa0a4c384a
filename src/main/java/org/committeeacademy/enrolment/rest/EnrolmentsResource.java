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
import jakarta.ws.rs.core.MediaType;
import java.util.function.LongFunction;
import org.committeeacademy.enrolment.application.EnrolmentDesk;
import org.committeeacademy.enrolment.application.EnrolmentQueries;
import org.committeeacademy.enrolment.application.EnrolmentReplies;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.persistence.Contention;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One enrolment: its member, staff and the cohort's trainers read it; the member and staff act on it. */
@Tag(name = "Enrolments")
@Path("/enrolments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
public class EnrolmentsResource {

    @Inject
    EnrolmentDesk desk;

    @Inject
    EnrolmentQueries queries;

    @Inject
    EnrolmentReplies replies;

    @Operation(operationId = "getEnrolment", summary = "Read one enrolment")
    @GET
    @Path("{id}")
    public EnrolmentDto one(@PathParam("id") long id) {
        return EnrolmentDto.of(queries.enrolment(id));
    }

    /** The member until the cohort's cancellation deadline (a waiting place at any time), staff always. */
    @Operation(operationId = "cancelEnrolment", summary = "Cancel an enrolment")
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public EnrolmentDto cancel(@PathParam("id") long id, EnrolmentRequestDto body) {
        return act(id, e -> desk.cancel(e, EnrolmentRequestDto.orEmpty(body).note()));
    }

    @Operation(operationId = "acceptOffer", summary = "Accept an offered place")
    @POST
    @Path("{id}/accept")
    public EnrolmentDto acceptOffer(@PathParam("id") long id) {
        return act(id, desk::acceptOffer);
    }

    @Operation(operationId = "declineOffer", summary = "Decline an offered place")
    @POST
    @Path("{id}/decline-offer")
    public EnrolmentDto declineOffer(@PathParam("id") long id) {
        return act(id, desk::declineOffer);
    }

    @Operation(operationId = "approveEnrolment", summary = "Approve an enrolment request")
    @POST
    @Path("{id}/approve")
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public EnrolmentDto approve(@PathParam("id") long id) {
        return act(id, desk::approve);
    }

    /** {@code {reason}} is required: the member is told why. */
    @Operation(operationId = "declineEnrolment", summary = "Decline an enrolment request")
    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public EnrolmentDto decline(@PathParam("id") long id, EnrolmentRequestDto body) {
        return act(id, e -> desk.decline(e, EnrolmentRequestDto.orEmpty(body).reason()));
    }

    /** {@code {cohortId}}: another cohort of the same series; answers the new enrolment there. */
    @Operation(operationId = "moveEnrolment", summary = "Move an enrolment to another cohort")
    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public EnrolmentDto move(@PathParam("id") long id, EnrolmentRequestDto body) {
        Long target = EnrolmentRequestDto.orEmpty(body).cohortId();
        if (target == null) {
            throw new ValidationException("cohortId", "validation.required");
        }
        return act(id, e -> desk.move(e, target).enrolment());
    }

    private EnrolmentDto act(long id, LongFunction<Enrolment> action) {
        return EnrolmentDto.of(Contention.retry(() -> replies.change(id, action)));
    }
}
