package org.committeeacademy.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.committeeacademy.identity.application.NewRegistration;
import org.committeeacademy.identity.application.RegistrationRow;
import org.committeeacademy.identity.application.Registrations;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Anyone may ask for an account (always 202, whether the address has one or not); staff list, approve and decline.
 */
@Tag(name = "Accounts and sign-in")
@Path("/registrations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

    @Inject
    Registrations registrations;

    @Operation(operationId = "register", summary = "Ask for an account (self-registration)")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "202", description = "Accepted; a mail follows if the address is known")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response register(AccessRequests.RegistrationBody body, @Context HttpServletRequest request) {
        AccessRequests.required(body);
        registrations.register(
                new NewRegistration(
                        body.name(),
                        body.email(),
                        AccessRequests.language(body.language()),
                        body.password(),
                        null,
                        body.message(),
                        body.via(),
                        body.organisationId(),
                        body.projectId()),
                request.getRemoteAddr());
        return Response.accepted().build();
    }

    @Operation(operationId = "listRegistrations", summary = "List pending registrations")
    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public List<RegistrationRow> pending() {
        return registrations.pending();
    }

    @Operation(operationId = "approveRegistration", summary = "Approve a registration")
    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public AccountDto approve(@PathParam("id") long id) {
        return AccountDto.of(registrations.approve(id));
    }

    @Operation(operationId = "declineRegistration", summary = "Decline a registration")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Response decline(@PathParam("id") long id, AccessRequests.DeclineBody body) {
        registrations.decline(id, AccessRequests.required(body).reason());
        return Response.noContent().build();
    }
}
