package org.committeeacademy.dashboard.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.survey.application.OutcomeFigure;
import org.committeeacademy.survey.application.SurveyOutcomes;
import org.committeeacademy.survey.application.SurveyPhase;

/** Survey outcomes as one line per item with its figure before, after a module and at the follow-up. */
public final class SurveyTable {

    private SurveyTable() {}

    /** One item; {@code phases} holds the figure per phase in the order of {@link SurveyPhase} (null: not asked). */
    public record Line(String itemKey, LocalizedText label, List<OutcomeFigure> phases) {

        /** The average with two decimals, or a note: not asked, or fewer than the minimum answers. */
        public Object cell(int phase, Function<String, String> text) {
            OutcomeFigure figure = phases.get(phase);
            if (figure == null) {
                return text.apply("dashboard.survey.notAsked");
            }
            if (!figure.shown()) {
                return text.apply("dashboard.survey.tooFew");
            }
            return average(figure);
        }

        public BigDecimal average(int phase) {
            OutcomeFigure figure = phases.get(phase);
            return figure == null || !figure.shown() ? null : average(figure);
        }

        private static BigDecimal average(OutcomeFigure figure) {
            return BigDecimal.valueOf(figure.average()).setScale(2, RoundingMode.HALF_UP);
        }
    }

    public static List<Line> of(SurveyOutcomes outcomes) {
        Map<String, List<OutcomeFigure>> byItem = new LinkedHashMap<>();
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        int phases = SurveyPhase.values().length;
        for (OutcomeFigure figure : outcomes.figures()) {
            labels.putIfAbsent(figure.itemKey(), figure.label());
            byItem.computeIfAbsent(figure.itemKey(), k -> new ArrayList<>(java.util.Collections.nCopies(phases, null)))
                    .set(figure.phase().ordinal(), figure);
        }
        return byItem.entrySet().stream()
                .map(e -> new Line(
                        e.getKey(), labels.get(e.getKey()), java.util.Collections.unmodifiableList(e.getValue())))
                .toList();
    }
}
