package org.committeeacademy.council.rest;

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
import jakarta.ws.rs.core.MediaType;
import org.committeeacademy.council.application.CouncilImport;
import org.committeeacademy.council.application.CouncilSources;
import org.committeeacademy.council.application.CouncilSync;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A committee's council information system (STAFF, ADMIN): set its OParl body URL, read how the syncs went, sync now.
 * A root resource of its own; Jersey picks it over /committees for the longer literal path.
 */
@Tag(name = "Council information")
@Path("/committees/{id}/oparl")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class CouncilSourceResource {

    /** The body: the OParl Body's URL; optionally the chosen organizations and the motion deadline in days. */
    public record SourceInput(
            String bodyUrl, String committeeOrganization, String councilOrganization, Integer motionDeadlineDays) {}

    /** What a sync wrote: meetings and papers added or updated (all of them on the first), malformed ones skipped. */
    public record SyncResult(int meetings, int papers, int skipped) {}

    @Inject
    CouncilSources sources;

    @Inject
    CouncilSync sync;

    @Operation(operationId = "configureCouncilSource", summary = "Configure a committee's OParl source")
    @PUT
    public SourceDto configure(@PathParam("id") long id, SourceInput body) {
        if (body == null) {
            throw new ValidationException("bodyUrl", "council.bodyUrl.invalid");
        }
        return SourceDto.of(
                sources.configure(
                        id,
                        body.bodyUrl(),
                        body.committeeOrganization(),
                        body.councilOrganization(),
                        body.motionDeadlineDays()),
                sources.organizations(id));
    }

    @Operation(
            operationId = "councilSourceStatus",
            summary = "Read a committee's OParl source and its last synchronisation")
    @GET
    public SourceDto status(@PathParam("id") long id) {
        return SourceDto.of(
                sources.of(id).orElseThrow(() -> new NotFoundException("no OParl URL for " + id)),
                sources.organizations(id));
    }

    @Operation(operationId = "syncCouncilSource", summary = "Synchronise a committee's OParl source now")
    @POST
    @Path("sync")
    public SyncResult syncNow(@PathParam("id") long id) {
        CouncilImport.Outcome outcome = sync.syncNow(id);
        return new SyncResult(outcome.meetings(), outcome.papers(), outcome.skipped());
    }
}
