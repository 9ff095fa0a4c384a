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

/**
 * Anyone may ask for an account (always 202, whether the address has one or not); staff list, approve and decline.
 */
@Path("/registrations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

    @Inject
    Registrations registrations;

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

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public List<RegistrationRow> pending() {
        return registrations.pending();
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public AccountDto approve(@PathParam("id") long id) {
        return AccountDto.of(registrations.approve(id));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Response decline(@PathParam("id") long id, AccessRequests.DeclineBody body) {
        registrations.decline(id, AccessRequests.required(body).reason());
        return Response.noContent().build();
    }
}
