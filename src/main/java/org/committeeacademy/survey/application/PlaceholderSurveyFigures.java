package org.committeeacademy.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

/** No survey results yet: stands in for the surveys feature until its branch is merged. */
@ApplicationScoped
public class PlaceholderSurveyFigures implements SurveyFigures {

    @Override
    public SurveyOutcomes outcomes(Collection<Long> cohortIds) {
        return SurveyOutcomes.none();
    }
}
