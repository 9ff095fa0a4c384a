package org.committeeacademy.survey.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.survey.application.MySurveys;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Surveys")
@Path("/me/surveys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MySurveysResource {

    @Inject
    MySurveys surveys;

    @Inject
    CurrentUser currentUser;

    /** Surveys open now in the caller's cohorts that the caller has not answered. */
    @Operation(operationId = "mySurveys", summary = "List one's open surveys")
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<OpenSurveyDto> open() {
        var language = currentUser.require().language();
        return surveys.open().stream().map(s -> OpenSurveyDto.of(s, language)).toList();
    }
}
