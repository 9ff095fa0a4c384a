package org.committeeacademy.goal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.committeeacademy.goal.application.GoalView;
import org.committeeacademy.goal.application.MyGoals;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.rest.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Check-ins on a goal the caller owns or that a member of the same committee shares. */
@Tag(name = "Goals")
@Path("/goals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
public class GoalsResource {

    @Inject
    MyGoals goals;

    /** {@code {checkpoint: 3, 6 or 12, attainment: -2..2, note}} → 201 with the goal and its check-ins. */
    @Operation(operationId = "checkInGoal", summary = "Check in on a goal's progress")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "GoalView")))
    @POST
    @Path("{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("id") long id, JsonObject body) {
        int checkpoint = number(body, "checkpoint");
        int attainment = number(body, "attainment");
        String note = body.get("note") instanceof JsonString s ? s.getString() : null;
        return Response.status(Response.Status.CREATED)
                .entity(goals.checkIn(id, checkpoint, attainment, note))
                .build();
    }

    /**
     * {@code {oparlId}}: the goal follows that paper of the owner's committee's council system (an imported one);
     * {@code null} unlinks it. Only the owner.
     */
    @Operation(operationId = "changeGoalPaper", summary = "Change a goal's paper")
    @PUT
    @Path("{id}/paper")
    @Consumes(MediaType.APPLICATION_JSON)
    public GoalView paper(@PathParam("id") long id, JsonObject body, @HeaderParam("If-Match") String ifMatch) {
        Long expected = EntityTags.expected(ifMatch);
        if (body == null || !(body.containsKey("oparlId"))) {
            throw new ValidationException("oparlId", "goal.paper.unknown");
        }
        String oparlId = body.get("oparlId") instanceof JsonString s ? s.getString() : null;
        if (oparlId == null && body.get("oparlId") != jakarta.json.JsonValue.NULL) {
            throw new ValidationException("oparlId", "goal.paper.unknown");
        }
        return goals.linkPaper(id, oparlId, expected);
    }

    private static int number(JsonObject body, String name) {
        if (body == null || !(body.get(name) instanceof JsonNumber n) || !n.isIntegral()) {
            throw new ValidationException(name, "goal.checkIn." + name);
        }
        return n.intValue();
    }
}
