package org.committeeacademy.material.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.material.application.CohortMaterials;
import org.committeeacademy.material.application.MaterialView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Materials")
@Path("/cohorts/{cohortId}/materials")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortMaterialsResource {

    @Inject
    CohortMaterials materials;

    /** Seated members, the cohort's trainers and staff; the module materials first, then the cohort's own. */
    @Operation(operationId = "listCohortMaterials", summary = "List a cohort's materials")
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public List<MaterialView> list(@PathParam("cohortId") long cohortId) {
        return materials.list(cohortId);
    }

    /** Trainers of the cohort and staff: a file (part {@code file}) or a link (field {@code url}). */
    @Operation(operationId = "addCohortMaterial", summary = "Add a file or link to a cohort")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "MaterialView")))
    @POST
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response add(@PathParam("cohortId") long cohortId, List<EntityPart> parts, @Context UriInfo uri)
            throws IOException {
        MaterialForm form = new MaterialForm(parts);
        MaterialView created;
        if (form.file().isEmpty() && form.text("url").isPresent()) {
            created =
                    materials.addLink(cohortId, form.request(), form.text("url").get());
        } else {
            try (InputStream content = form.content()) {
                created = materials.addFile(cohortId, form.request(), content, form.fileName());
            }
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("materials")
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }
}
