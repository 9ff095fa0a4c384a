package org.committeeacademy.privacy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.privacy.application.PersonalDataExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Privacy")
@Path("/me/export")
@ApplicationScoped
public class MyExportResource {

    @Inject
    PersonalDataExport export;

    /** All the caller's personal data as JSON; {@code ?format=zip}: the JSON and their files in an archive. */
    @Operation(operationId = "exportMe", summary = "Export one's personal data (JSON, or ZIP with files)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Produces({MediaType.APPLICATION_JSON, "application/zip"})
    public Response export(@QueryParam("format") String format) {
        if ("zip".equalsIgnoreCase(format)) {
            StreamingOutput zip = out -> export.mineAsZip(out);
            return Response.ok(zip, "application/zip")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"committee-academy-my-data.zip\"")
                    .build();
        }
        JsonObject data = export.mine();
        return Response.ok(data, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"committee-academy-my-data.json\"")
                .build();
    }
}
