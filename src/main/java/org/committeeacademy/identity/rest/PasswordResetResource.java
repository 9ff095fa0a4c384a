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

/** "Forgot your password" without the pages: always 202; the token from the mail sets a new password. */
@Path("/password-reset")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordReset reset;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response request(AccessRequests.ResetRequestBody body, @Context HttpServletRequest request) {
        reset.request(AccessRequests.required(body).email(), request.getRemoteAddr());
        return Response.accepted().build();
    }

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
