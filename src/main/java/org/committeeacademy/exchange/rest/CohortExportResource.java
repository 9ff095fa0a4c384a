package org.committeeacademy.exchange.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.committeeacademy.exchange.application.CohortExchange;
import org.committeeacademy.exchange.domain.ExchangeLayout;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One cohort in the VHS exchange format (docs/exchange-format.md):
 * {@code GET /api/v1/cohorts/{id}/export?format=csv|xlsx&part=cohorts|sessions|participants}. Staff of the cohort's
 * organisation (404 for another's), admins, and the coordinator without participants.
 */
@Tag(name = "VHS exchange format")
@Path("/cohorts/{id}/export")
@ApplicationScoped
public class CohortExportResource {

    @Inject
    CohortExchange exchange;

    @Operation(
            operationId = "exportCohortForExchange",
            summary = "Export one cohort in the VHS exchange format (CSV or XLSX)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @GET
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response export(
            @PathParam("id") long id,
            @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("part") @DefaultValue("cohorts") String part) {
        ExchangeLayout.Part which = ExchangeDownload.part(format, part);
        return ExchangeDownload.of(exchange.cohort(id), format, which, "kurs-" + id);
    }
}
