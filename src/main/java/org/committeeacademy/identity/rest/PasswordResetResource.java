package org.committeeacademy.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.committeeacademy.identity.application.PasswordReset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Forgot your password" without the pages: always 202; the token from the mail sets a new password. */
@Tag(name = "Accounts and sign-in")
@Path("/password-reset")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordReset reset;

    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password reset mail")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "202", description = "Accepted; a mail follows if the address is known")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response request(AccessRequests.ResetRequestBody body, @Context HttpServletRequest request) {
        reset.request(AccessRequests.required(body).email(), request.getRemoteAddr());
        return Response.accepted().build();
    }

    @Operation(operationId = "setNewPassword", summary = "Set a new password with a reset code")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "204", description = "Done; no body")
    @POST
    @Path("/new-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response newPassword(AccessRequests.NewPasswordBody body) {
        AccessRequests.required(body);
        reset.reset(body.token(), body.password(), null);
        return Response.noContent().build();
    }
}
