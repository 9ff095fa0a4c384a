package org.committeeacademy.survey.application;

import java.io.Serializable;
import java.util.List;
import org.committeeacademy.shared.domain.LocalizedText;

/**
 * One outcome item in one phase. {@code average} and {@code counts} (how many answered 1, 2, 3, 4, 5) are empty when
 * fewer than {@link SurveyFigures#MIN_GROUP} people answered the item.
 */
public record OutcomeFigure(
        String itemKey, LocalizedText label, SurveyPhase phase, int answers, Double average, List<Integer> counts)
        implements Serializable {

    public OutcomeFigure {
        counts = counts == null ? List.of() : List.copyOf(counts);
    }

    public boolean shown() {
        return average != null;
    }
}
