package org.committeeacademy.council.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.committeeacademy.council.application.CouncilCalendar;
import org.committeeacademy.council.application.PaperView;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The imported papers of a committee's council system, searched by name or reference to link a goal to. */
@Tag(name = "Council information")
@Path("/committees/{id}/papers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
public class CommitteePapersResource {

    @Inject
    CouncilCalendar calendar;

    /** Papers whose name or reference contains q (at most 20, newest first). */
    @Operation(operationId = "listCommitteePapers", summary = "List a committee's council papers")
    @GET
    public List<PaperView> papers(@PathParam("id") long id, @QueryParam("q") String q) {
        return calendar.searchPapers(id, q);
    }
}
