package org.committeeacademy.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.shared.domain.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organisation's logo: anyone reads it (it shows on public pages and in mails); the admin puts a PNG or JPEG (the
 * raw image as body, checked by its content and re-encoded) or deletes it.
 */
@Tag(name = "Organisations")
@Path("/organisations/{id}/logo")
@ApplicationScoped
public class OrganisationLogoResource {

    /** Read no further than this: a logo is small, and a larger body is refused without being held in memory. */
    static final int MAX_UPLOAD = 2 * 1024 * 1024;

    @Inject
    Organisations organisations;

    @Operation(operationId = "getOrganisationLogo", summary = "Download an organisation's logo")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Produces("image/png")
    public Response logo(@PathParam("id") long id) {
        byte[] png = organisations.logo(id).orElseThrow(NotFoundException::new);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(png).cacheControl(cache).build();
    }

    @Operation(operationId = "changeOrganisationLogo", summary = "Upload an organisation's logo")
    @PUT
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public OrganisationDto change(@PathParam("id") long id, InputStream body) throws IOException {
        byte[] upload = body == null ? new byte[0] : body.readNBytes(MAX_UPLOAD + 1);
        if (upload.length > MAX_UPLOAD) {
            throw new ValidationException("logo", "organisation.logo.tooLarge");
        }
        return OrganisationDto.of(organisations.changeLogo(id, upload));
    }

    @Operation(operationId = "removeOrganisationLogo", summary = "Remove an organisation's logo")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @DELETE
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response remove(@PathParam("id") long id) {
        organisations.changeLogo(id, null);
        return Response.noContent().build();
    }
}
