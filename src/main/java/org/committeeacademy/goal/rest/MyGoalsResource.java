package org.committeeacademy.goal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.committeeacademy.goal.application.GoalView;
import org.committeeacademy.goal.application.MyGoals;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Goals")
@Path("/me/goals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyGoalsResource {

    @Inject
    MyGoals goals;

    /** The caller's goals from submitted worksheets and those shared by the same committee, with check-ins. */
    @Operation(operationId = "myGoals", summary = "List one's goals")
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<GoalView> mine() {
        return goals.list();
    }
}
