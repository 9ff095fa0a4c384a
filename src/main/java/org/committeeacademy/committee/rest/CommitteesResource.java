package org.committeeacademy.committee.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.committee.application.Committees;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.committee.domain.CommitteeKind;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The committees members belong to: records of public bodies, no one's personal data. Creating and correcting one is
 * for STAFF, COORDINATOR and ADMIN.
 */
@Tag(name = "Committees")
@Path("/committees")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteesResource {

    @Inject
    Committees committees;

    @Operation(operationId = "listCommittees", summary = "List the committees")
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<CommitteeDto> all() {
        return committees.all().stream().map(CommitteeDto::of).toList();
    }

    @Operation(operationId = "createCommittee", summary = "Create a committee")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "CommitteeDto")))
    @POST
    @RolesAllowed({Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response create(CommitteeInput body, @Context UriInfo uri) {
        if (body == null) {
            throw new ValidationException("name", "committee.name.invalid");
        }
        Committee created = committees.create(body.name(), body.municipality(), body.ags(), kind(body.kind()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(CommitteeDto.of(created))
                .build();
    }

    /** Corrects a committee's record (STAFF, COORDINATOR, ADMIN): the same fields and checks as creating one. */
    @Operation(operationId = "editCommittee", summary = "Change a committee")
    @PUT
    @Path("{id}")
    @RolesAllowed({Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public CommitteeDto edit(@PathParam("id") long id, CommitteeInput body) {
        if (body == null) {
            throw new ValidationException("name", "committee.name.invalid");
        }
        return CommitteeDto.of(committees.edit(id, body.name(), body.municipality(), body.ags(), kind(body.kind())));
    }

    private static CommitteeKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return CommitteeKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "committee.kind.invalid");
        }
    }
}
