package org.committeeacademy.survey.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a survey response, for the OpenAPI document: {@code {"roundId": …, "answered": true}}. */
@Schema(name = "SurveyAnswered")
public record SurveyAnswered(
        @Schema(example = "2027-05-cohort-12") String roundId, boolean answered) {}
