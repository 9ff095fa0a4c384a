package org.committeeacademy.cohort.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.committeeacademy.cohort.application.CohortCatalogue;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.cohort.application.CohortPlanning;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.rest.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Cohorts")
@Path("/cohorts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortsResource {

    @Inject
    CohortCatalogue cohorts;

    @Inject
    CohortDirectory directory;

    @Inject
    CohortPlanning planning;

    /**
     * Open to anyone: the cohorts that take enrolments, of every organisation or of one ({@code organisation} or
     * {@code organisationId}), in every city or one, starting on or after {@code from} (yyyy-mm-dd, by the first
     * session), with a {@code status} (OPEN, FULL …); ordered as the catalogue lists them.
     */
    @Operation(operationId = "listCohorts", summary = "List the cohorts")
    @SecurityRequirementsSet
    @GET
    public List<CohortDto> open(
            @QueryParam("organisationId") Long organisationId,
            @QueryParam("organisation") Long organisation,
            @QueryParam("city") String city,
            @QueryParam("from") String from,
            @QueryParam("status") String status) {
        Long which = organisation != null ? organisation : organisationId;
        LocalDate first = day(from);
        return cohorts.openCohorts().stream()
                .filter(c -> which == null || which.equals(c.organisationId()))
                .filter(c -> city == null || city.isBlank() || city.strip().equalsIgnoreCase(c.city()))
                .map(CohortDto::of)
                .filter(c -> first == null
                        || (c.firstSession() != null
                                && !c.firstSession().toLocalDate().isBefore(first)))
                .filter(c ->
                        status == null || status.isBlank() || status.strip().equalsIgnoreCase(c.status()))
                .toList();
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("from", "api.from.invalid");
        }
    }

    /** Open to anyone once the cohort left DRAFT; online links only for its people. {@code ?lang=en}. */
    @Operation(operationId = "getCohort", summary = "Read one cohort with its sessions")
    @SecurityRequirementsSet
    @GET
    @Path("{id}")
    public CohortDetailDto one(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return detail(id, lang);
    }

    @Operation(operationId = "listSessions", summary = "List a cohort's sessions")
    @SecurityRequirementsSet
    @GET
    @Path("{id}/sessions")
    public List<SessionDto> sessions(@PathParam("id") long id) {
        return detail(id, null).sessions();
    }

    @Operation(operationId = "createCohort", summary = "Create a cohort")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "CohortDetailDto")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public Response create(CohortTermsDto body, @Context UriInfo uri) {
        Cohort cohort = planning.create(required(body).newCohort());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(cohort.id().toString())
                        .build())
                .entity(detail(cohort.id(), null))
                .build();
    }

    /** Revises the terms (all of them; missing values take the defaults) and, if given, the trainers. */
    @Operation(operationId = "reviseCohort", summary = "Change a cohort's terms")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public CohortDetailDto revise(
            @PathParam("id") long id, CohortTermsDto body, @HeaderParam("If-Match") String ifMatch) {
        planning.revise(id, required(body).plan(), body.trainerIds(), EntityTags.expected(ifMatch));
        return detail(id, null);
    }

    /** {@code {"status": "OPEN" | "DRAFT" | "RUNNING" | "COMPLETED" | "CANCELLED"}}; cancelling tells everyone. */
    @Operation(operationId = "changeCohortStatus", summary = "Change a cohort's status (open, close, ...)")
    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public CohortDetailDto changeStatus(@PathParam("id") long id, StatusDto body) {
        if (body == null || body.status() == null) {
            throw new ValidationException("status", "validation.required");
        }
        planning.changeStatus(id, ApiTimes.enumIn(CohortStatus.class, body.status(), "status", null));
        return detail(id, null);
    }

    @Operation(operationId = "cancelCohort", summary = "Cancel a cohort")
    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public CohortDetailDto cancel(@PathParam("id") long id) {
        planning.changeStatus(id, CohortStatus.CANCELLED);
        return detail(id, null);
    }

    /** A room or a trainer already booked at an overlapping time → 409 naming the clashing cohort and session. */
    @Operation(operationId = "scheduleSession", summary = "Add a session to a cohort")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "SessionDto")))
    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public Response schedule(@PathParam("id") long id, SessionRequestDto body, @Context UriInfo uri) {
        Session session = planning.schedule(id, required(body).request());
        return Response.created(uri.getBaseUriBuilder()
                        .path("sessions")
                        .path(session.id().toString())
                        .build())
                .entity(SessionDto.of(session))
                .build();
    }

    public record StatusDto(String status) {}

    private CohortDetailDto detail(long id, String lang) {
        return CohortDetailDto.of(directory.detail(id), Language.fromCode(lang).orElse(Language.defaultLanguage()));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "api.body.required");
        }
        return body;
    }
}
