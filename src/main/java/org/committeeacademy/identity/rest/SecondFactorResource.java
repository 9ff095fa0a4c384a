package org.committeeacademy.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.SecondFactors;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's TOTP second factor: {@code POST /me/mfa/totp} starts the setup, {@code POST /me/mfa/totp/confirm}
 * switches it on with a first code. The recovery codes are shown on the page (account/second-factor.xhtml), where they
 * can be made anew.
 */
@Tag(name = "Accounts and sign-in")
@Path("/me/mfa/totp")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class SecondFactorResource {

    /** {@code {"secret": "...", "uri": "otpauth://totp/..."}} for an authenticator app. */
    public record SetupDto(String secret, String uri) {}

    /** {@code {"code": "123456"}}: the code the app shows now. */
    public record CodeBody(String code) {}

    @Inject
    CurrentUser currentUser;

    @Inject
    SecondFactors factors;

    @Operation(operationId = "beginTotp", summary = "Begin setting up an authenticator app")
    @POST
    public SetupDto begin() {
        SecondFactors.Setup setup = factors.begin(currentUser.require().id());
        return new SetupDto(setup.secret(), setup.uri());
    }

    @Operation(operationId = "confirmTotp", summary = "Confirm the authenticator app with a code")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public void confirm(CodeBody body) {
        if (body == null || body.code() == null || body.code().isBlank()) {
            throw new ValidationException("code", "login.code.required");
        }
        factors.confirm(currentUser.require().id(), body.code());
    }
}
