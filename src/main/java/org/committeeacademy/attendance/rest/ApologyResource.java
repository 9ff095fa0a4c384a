package org.committeeacademy.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.committeeacademy.attendance.application.Apologies;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A member's advance apology for a session of their cohort, sent ({@code PUT}) or withdrawn ({@code DELETE}) until it
 * starts (409 after); a session of another cohort answers 404.
 */
@Tag(name = "Attendance")
@Path("/sessions/{id}/apology")
@ApplicationScoped
@RolesAllowed(Role.MEMBER_NAME)
public class ApologyResource {

    @Inject
    Apologies apologies;

    @Operation(operationId = "sendApology", summary = "Send an apology for a session (member)")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") long sessionId, ApologyDto body) {
        apologies.apologise(sessionId, body == null ? null : body.note());
        return Response.noContent().build();
    }

    @Operation(operationId = "withdrawApology", summary = "Withdraw one's apology for a session")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @DELETE
    public Response withdraw(@PathParam("id") long sessionId) {
        apologies.withdraw(sessionId);
        return Response.noContent().build();
    }
}
