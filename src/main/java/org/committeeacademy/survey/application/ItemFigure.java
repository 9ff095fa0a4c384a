package org.committeeacademy.survey.application;

import java.util.List;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.survey.domain.ItemKind;

/** One scale item of one round: its answers, and average and distribution (1..5) only when shown. */
public record ItemFigure(
        String key, ItemKind kind, LocalizedText label, int answers, Double average, List<Integer> counts) {

    public ItemFigure {
        counts = counts == null ? List.of() : List.copyOf(counts);
    }

    public boolean shown() {
        return average != null;
    }

    /** Share of answers with that score (1..5) in percent, for the bars. */
    public int percent(int score) {
        return shown() && answers > 0 ? Math.round(counts.get(score - 1) * 100f / answers) : 0;
    }
}
