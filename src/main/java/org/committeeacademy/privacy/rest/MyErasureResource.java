package org.committeeacademy.privacy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.privacy.application.Erasure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Privacy")
@Path("/me/erasure")
@ApplicationScoped
public class MyErasureResource {

    public record ErasureRequest(String password) {}

    @Inject
    Erasure erasure;

    /** Erases the caller's account and personal data, after their password; 204, and the credentials stop working. */
    @Operation(operationId = "eraseMe", summary = "Erase one's account and personal data")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @POST
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response erase(ErasureRequest request) {
        erasure.eraseMine(request == null ? null : request.password());
        return Response.noContent().build();
    }
}
