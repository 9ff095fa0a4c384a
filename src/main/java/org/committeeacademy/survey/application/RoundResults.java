package org.committeeacademy.survey.application;

import java.util.List;
import org.committeeacademy.shared.domain.LocalizedText;

/**
 * The results of one survey of a cohort. Below the minimum group the figures are withheld ({@code shown} false,
 * items without average); free texts only for staff and only when shown.
 */
public record RoundResults(
        String roundId,
        SurveyPhase phase,
        LocalizedText moduleTitle,
        int respondents,
        boolean shown,
        List<ItemFigure> items,
        List<TextAnswers> texts) {

    public record TextAnswers(String key, LocalizedText label, List<String> answers) {}
}
