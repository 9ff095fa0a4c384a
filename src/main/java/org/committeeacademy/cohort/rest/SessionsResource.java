package org.committeeacademy.cohort.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.committeeacademy.cohort.application.CohortPlanning;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moving and cancelling sessions; the people enrolled are told (recorded until notifications exist). */
@Tag(name = "Cohorts")
@Path("/sessions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    CohortPlanning planning;

    @Operation(operationId = "moveSession", summary = "Move a session (date, time, room)")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public SessionDto move(@PathParam("id") long id, SessionRequestDto body) {
        return SessionDto.of(
                planning.reschedule(id, CohortsResource.required(body).request()));
    }

    @Operation(operationId = "cancelSession", summary = "Cancel a session")
    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public SessionDto cancel(@PathParam("id") long id) {
        return SessionDto.of(planning.cancelSession(id));
    }
}
