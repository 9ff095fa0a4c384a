package org.committeeacademy.survey.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.survey.application.MySurveys;
import org.committeeacademy.survey.domain.Answers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Answering a survey: 201; 409 when answered before; 404 when not invited or closed; 400 for scores outside 1–5. */
@Tag(name = "Surveys")
@Path("/surveys/{roundId}/responses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResponsesResource {

    @Inject
    MySurveys surveys;

    @Operation(operationId = "answerSurvey", summary = "Answer a survey")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "SurveyAnswered")))
    @POST
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public Response answer(@PathParam("roundId") String roundId, AnswersDto body) {
        AnswersDto given = body == null ? new AnswersDto(null, null) : body;
        surveys.answer(roundId, new Answers(given.scores(), given.texts()));
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("roundId", roundId, "answered", true))
                .build();
    }
}
