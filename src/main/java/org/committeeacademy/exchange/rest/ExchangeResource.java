package org.committeeacademy.exchange.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.committeeacademy.exchange.application.CohortExchange;
import org.committeeacademy.exchange.domain.ExchangeLayout;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cohorts with a session in a period in the VHS exchange format (docs/exchange-format.md):
 * {@code GET /api/v1/exchange/cohorts?from=yyyy-mm-dd&to=yyyy-mm-dd&format=csv|xlsx&part=…}, at most a year. Staff get
 * their organisation's cohorts, the coordinator every organisation's without participants, admins everything.
 */
@Tag(name = "VHS exchange format")
@Path("/exchange/cohorts")
@ApplicationScoped
public class ExchangeResource {

    @Inject
    CohortExchange exchange;

    @Operation(
            operationId = "exportPeriodForExchange",
            summary = "Export the cohorts of a period in the VHS exchange format")
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
    public Response period(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("part") @DefaultValue("cohorts") String part) {
        ExchangeLayout.Part which = ExchangeDownload.part(format, part);
        LocalDate first = day(from, "from");
        LocalDate last = day(to, "to");
        return ExchangeDownload.of(exchange.period(first, last), format, which, "kurse-" + first + "-" + last);
    }

    private static LocalDate day(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "exchange.period." + field);
        }
    }
}
