package org.committeeacademy.backup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.committeeacademy.backup.application.Backups;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Backups for admins: POST makes one and answers once it is complete; GET lists them, newest first. */
@Tag(name = "Backups")
@Path("/admin/backups")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class BackupsResource {

    @Inject
    Backups backups;

    @Operation(operationId = "makeBackup", summary = "Make a backup now")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "BackupDto")))
    @POST
    public Response make() {
        return Response.status(Response.Status.CREATED)
                .entity(BackupDto.of(backups.makeNow()))
                .build();
    }

    @Operation(operationId = "listBackups", summary = "List the backups")
    @GET
    public List<BackupDto> list() {
        return backups.list().stream().map(BackupDto::of).toList();
    }
}
