package org.committeeacademy.survey.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.survey.application.SurveyFigures;
import org.committeeacademy.survey.application.SurveyResults;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff and the cohort's trainers (others 404); free texts for staff only; groups under five withheld. */
@Tag(name = "Surveys")
@Path("/cohorts/{id}/survey-results")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
public class CohortSurveyResultsResource {

    @Inject
    SurveyResults results;

    @Inject
    CurrentUser currentUser;

    @Operation(operationId = "cohortSurveyResults", summary = "Read a cohort's survey results")
    @GET
    public SurveyResultsDto results(@PathParam("id") long cohortId) {
        return SurveyResultsDto.of(
                results.ofCohort(cohortId), currentUser.require().language(), SurveyFigures.MIN_GROUP);
    }
}
