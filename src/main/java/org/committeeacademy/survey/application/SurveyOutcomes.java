package org.committeeacademy.survey.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Outcome figures of a set of cohorts: how many people answered in each phase, and one figure per outcome item and
 * phase (items in their survey order, phases in the order of {@link SurveyPhase}).
 */
public record SurveyOutcomes(Map<SurveyPhase, Integer> respondents, List<OutcomeFigure> figures)
        implements Serializable {

    public SurveyOutcomes {
        respondents = Map.copyOf(respondents);
        figures = List.copyOf(figures);
    }

    public static SurveyOutcomes none() {
        return new SurveyOutcomes(Map.of(), List.of());
    }
}
