package org.committeeacademy.worksheet.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.worksheet.application.Worksheets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Worksheets")
@Path("/me/worksheets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyWorksheetsResource {

    @Inject
    Worksheets worksheets;

    @Inject
    CurrentUser currentUser;

    /** The caller's own worksheets (created on first look in every cohort with a confirmed or completed place). */
    @Operation(operationId = "myWorksheets", summary = "List one's worksheets")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(ref = "WorksheetList")))
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public JsonArray mine() {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        worksheets.mine(currentUser.require().language()).forEach(w -> list.add(WorksheetJson.of(w)));
        return list.build();
    }
}
