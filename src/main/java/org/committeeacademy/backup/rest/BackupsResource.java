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

/** Backups for admins: POST makes one and answers once it is complete; GET lists them, newest first. */
@Path("/admin/backups")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class BackupsResource {

    @Inject
    Backups backups;

    @POST
    public Response make() {
        return Response.status(Response.Status.CREATED)
                .entity(BackupDto.of(backups.makeNow()))
                .build();
    }

    @GET
    public List<BackupDto> list() {
        return backups.list().stream().map(BackupDto::of).toList();
    }
}
