package org.committeeacademy.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.committeeacademy.identity.application.OwnPassword;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * PUT /me/password: one's own new password. A root resource of its own, as {@link MeResource} explains. A wrong
 * current password is a 400 with the field "current"; every other session ends and the API tokens are revoked.
 */
@Tag(name = "Accounts and sign-in")
@Path("/me/password")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnPasswordResource {

    /** {@code {"current": "…", "new": "…"}}. */
    public record PasswordChange(
            String current, @JsonbProperty("new") String newPassword) {}

    @Inject
    OwnPassword password;

    @Operation(operationId = "changeOwnPassword", summary = "Change one's password")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response change(PasswordChange body) {
        AccessRequests.required(body);
        password.change(body.current(), body.newPassword(), null);
        return Response.noContent().build();
    }
}
