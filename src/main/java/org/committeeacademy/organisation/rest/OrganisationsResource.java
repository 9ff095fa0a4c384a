package org.committeeacademy.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.shared.domain.ValidationException;

/** The organisations: anyone lists the active ones; the admin creates them. */
@Path("/organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    @GET
    public List<OrganisationSummary> active() {
        return organisations.active().stream().map(OrganisationSummary::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response create(OrganisationInput body, @Context UriInfo uri) {
        if (body == null) {
            throw new ValidationException("body", "api.body.required");
        }
        Organisation created = organisations.create(body.toDetails());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(OrganisationDto.of(created))
                .build();
    }
}
