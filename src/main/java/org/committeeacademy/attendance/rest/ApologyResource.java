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

/**
 * A member's advance apology for a session of their cohort, sent ({@code PUT}) or withdrawn ({@code DELETE}) until it
 * starts (409 after); a session of another cohort answers 404.
 */
@Path("/sessions/{id}/apology")
@ApplicationScoped
@RolesAllowed(Role.MEMBER_NAME)
public class ApologyResource {

    @Inject
    Apologies apologies;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") long sessionId, ApologyDto body) {
        apologies.apologise(sessionId, body == null ? null : body.note());
        return Response.noContent().build();
    }

    @DELETE
    public Response withdraw(@PathParam("id") long sessionId) {
        apologies.withdraw(sessionId);
        return Response.noContent().build();
    }
}
