package org.committeeacademy.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.committeeacademy.enrolment.application.EnrolmentQueries;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Enrolments")
@Path("/me/enrolments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyEnrolmentsResource {

    @Inject
    EnrolmentQueries queries;

    /** The caller's own enrolments, newest first; never anyone else's. */
    @Operation(operationId = "myEnrolments", summary = "List one's enrolments")
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<EnrolmentDto> mine() {
        return queries.mine().stream().map(EnrolmentDto::of).toList();
    }
}
