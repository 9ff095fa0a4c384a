package org.committeeacademy.survey.domain;

import java.util.Optional;

/** The survey forms staff adapted per series. */
public interface SurveyFormRepository {

    /** The form staff adapted for the series, or empty while it asks the standard set. */
    Optional<SurveyForm> formOf(long seriesId);

    void saveForm(long seriesId, SurveyForm form);
}
