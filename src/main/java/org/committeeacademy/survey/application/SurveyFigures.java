package org.committeeacademy.survey.application;

import java.util.Collection;

/**
 * Survey results for the staff dashboard and the funder report. Answers carry no link to a person, and a group's
 * results are only given when at least {@link #MIN_GROUP} people answered: below that, a figure has its number of
 * answers but no average and no distribution.
 */
public interface SurveyFigures {

    int MIN_GROUP = 5;

    /** The outcome items (scale 1–5) per phase, over the answers given in these cohorts taken together. */
    SurveyOutcomes outcomes(Collection<Long> cohortIds);
}
