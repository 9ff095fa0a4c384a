package org.committeeacademy.dashboard.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.committeeacademy.dashboard.application.Dashboard;
import org.committeeacademy.dashboard.domain.DashboardFilter;
import org.committeeacademy.dashboard.export.DashboardTables;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.export.CsvWriter;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.export.XlsxWriter;
import org.committeeacademy.shared.i18n.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A dashboard table as CSV or XLSX for staff, the coordinator and admins (figures only, no person in them), with the
 * same filters and column choice as the page:
 * {@code GET /api/v1/reports/dashboard/{cohorts|venues|check-ins|surveys}?format=csv|xlsx&columns=a,b&series=&venue=
 * &from=yyyy-mm-dd&to=yyyy-mm-dd} (period: the current year unless given).
 */
@Tag(name = "Dashboard")
@Path("/reports/dashboard/{table}")
@ApplicationScoped
public class DashboardExportResource {

    @Inject
    Dashboard dashboard;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Operation(operationId = "exportDashboard", summary = "Export a dashboard table as CSV or Excel")
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
    @RolesAllowed({Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response export(
            @PathParam("table") String table,
            @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("columns") String columns,
            @QueryParam("series") Long seriesId,
            @QueryParam("venue") Long venueId,
            @QueryParam("organisation") Long organisationId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        DashboardTables.Table which = Arrays.stream(DashboardTables.Table.values())
                .filter(t -> t.name().replace('_', '-').equalsIgnoreCase(table))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        int year = LocalDate.now().getYear();
        DashboardFilter filter = new DashboardFilter(
                seriesId,
                venueId,
                day(from, "from", LocalDate.of(year, 1, 1)),
                day(to, "to", LocalDate.of(year, 12, 31)),
                organisationId);
        Language language = currentUser.require().language();
        List<String> picked = columns == null ? List.of() : List.of(columns.split(","));
        Sheet sheet = DashboardTables.sheet(
                which, dashboard.view(filter), picked, language, key -> messages.text(language, key));
        boolean xlsx = "xlsx".equals(format);
        return Response.ok(xlsx ? XlsxWriter.write(sheet) : CsvWriter.write(sheet, language.locale()))
                .type(
                        xlsx
                                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                : "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + which.name().toLowerCase() + (xlsx ? ".xlsx\"" : ".csv\""))
                .build();
    }

    private static LocalDate day(String value, String field, LocalDate otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(field, "dashboard.api.badDate");
        }
    }
}
