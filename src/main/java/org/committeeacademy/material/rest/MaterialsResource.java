package org.committeeacademy.material.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.material.application.CohortMaterials;
import org.committeeacademy.material.application.Download;
import org.committeeacademy.material.application.FileMissingException;
import org.committeeacademy.material.application.MaterialView;
import org.committeeacademy.shared.rest.ApiMessages;
import org.committeeacademy.shared.rest.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Materials")
@Path("/materials/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MaterialsResource {

    @Inject
    CohortMaterials materials;

    @Inject
    ApiMessages messages;

    @Operation(operationId = "getMaterial", summary = "Read one material with its versions")
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public MaterialView material(@PathParam("id") long id) {
        return materials.material(id);
    }

    /** The newest file as an attachment; {@code ?version=n} an earlier one (trainers and staff). */
    @Operation(operationId = "downloadMaterial", summary = "Download a material's file")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("download")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @QueryParam("version") Integer version) {
        Download download;
        try {
            download = materials.download(id, version);
        } catch (FileMissingException e) {
            return Problems.response(410, "Gone", messages.text("material.file.missing"));
        }
        StreamingOutput body = out -> Files.copy(download.file(), out);
        return Response.ok(body, download.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(download.fileName()))
                .header(HttpHeaders.CONTENT_LENGTH, download.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    /** Trainers of the cohort and staff: a new file for the material, keeping the earlier ones. */
    @Operation(operationId = "replaceMaterial", summary = "Upload a new version of a material")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "MaterialView")))
    @POST
    @Path("versions")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response replace(@PathParam("id") long id, List<EntityPart> parts, @Context UriInfo uri) throws IOException {
        MaterialForm form = new MaterialForm(parts);
        MaterialView changed;
        try (InputStream content = form.content()) {
            changed = materials.replaceFile(id, content, form.fileName());
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("materials")
                        .path(String.valueOf(id))
                        .path("download")
                        .queryParam("version", changed.newest().number())
                        .build())
                .entity(changed)
                .build();
    }

    @Operation(operationId = "deleteMaterial", summary = "Delete a material")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @DELETE
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public Response delete(@PathParam("id") long id) {
        materials.delete(id);
        return Response.noContent().build();
    }
}
