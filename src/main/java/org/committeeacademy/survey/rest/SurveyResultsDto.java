package org.committeeacademy.survey.rest;

import java.util.List;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.survey.application.CohortResults;
import org.committeeacademy.survey.application.ItemFigure;
import org.committeeacademy.survey.application.RoundResults;

/**
 * A cohort's survey results. A round with {@code shown} false had fewer than five respondents: its items carry the
 * number of answers only. {@code texts} is left out for trainers.
 */
public record SurveyResultsDto(long cohortId, String cohortTitle, int minimumGroup, List<Round> rounds) {

    public record Round(
            String roundId,
            String phase,
            String module,
            int respondents,
            boolean shown,
            List<Item> items,
            List<Texts> texts) {}

    public record Item(String key, String kind, String label, int answers, Double average, List<Integer> counts) {}

    public record Texts(String key, String label, List<String> answers) {}

    static SurveyResultsDto of(CohortResults results, Language language, int minimumGroup) {
        return new SurveyResultsDto(
                results.cohortId(),
                results.cohortTitle(),
                minimumGroup,
                results.rounds().stream()
                        .map(r -> round(r, language, results.withTexts()))
                        .toList());
    }

    private static Round round(RoundResults r, Language language, boolean withTexts) {
        return new Round(
                r.roundId(),
                r.phase().name(),
                r.moduleTitle() == null ? null : r.moduleTitle().in(language),
                r.respondents(),
                r.shown(),
                r.items().stream().map(i -> item(i, language)).toList(),
                withTexts
                        ? r.texts().stream()
                                .map(t -> new Texts(t.key(), t.label().in(language), t.answers()))
                                .toList()
                        : null);
    }

    private static Item item(ItemFigure i, Language language) {
        return new Item(
                i.key(),
                i.kind().name(),
                i.label().in(language),
                i.answers(),
                i.average(),
                i.shown() ? i.counts() : null);
    }
}
