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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisations: anyone lists the active ones; the admin creates them. */
@Tag(name = "Organisations")
@Path("/organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    @Operation(operationId = "listOrganisations", summary = "List the active organisations")
    @SecurityRequirementsSet
    @GET
    public List<OrganisationSummary> active() {
        return organisations.active().stream().map(OrganisationSummary::of).toList();
    }

    @Operation(operationId = "createOrganisation", summary = "Create an organisation")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "OrganisationDto")))
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
