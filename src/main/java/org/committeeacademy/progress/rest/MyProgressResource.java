package org.committeeacademy.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.progress.application.ProgressBook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Progress")
@Path("/me/progress")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyProgressResource {

    @Inject
    ProgressBook progress;

    @Inject
    CurrentUser currentUser;

    /** The caller's progress per module in each cohort they hold a seat in. */
    @Operation(operationId = "myProgress", summary = "Read one's progress through the curriculum")
    @GET
    @RolesAllowed(Role.MEMBER_NAME)
    public List<ProgressDto> mine() {
        var language = currentUser.require().language();
        return progress.mine().stream().map(v -> ProgressDto.of(v, language)).toList();
    }
}
