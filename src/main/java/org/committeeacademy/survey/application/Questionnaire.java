package org.committeeacademy.survey.application;

import java.util.List;
import org.committeeacademy.survey.domain.SurveyItem;

/** The questions of one open survey for the caller, and whether the caller has already answered it. */
public record Questionnaire(OpenSurvey survey, List<SurveyItem> items, boolean answered) {}
