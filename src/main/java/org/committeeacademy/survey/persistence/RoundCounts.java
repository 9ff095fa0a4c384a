package org.committeeacademy.survey.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.SurveyForm;

/**
 * Each survey round's row in {@code survey_round_count}: the responses (V56) and the answers to the outcome items by
 * score, one column each ({@code decisions_1} … {@code confident_5}, V62), added to by one statement per response in
 * the transaction that stores it, so that the dashboard reads one row per round.
 */
final class RoundCounts {

    /** The outcome items' columns, item by item and score 1 to 5 within each. */
    static final List<String> OUTCOME_COLUMNS = SurveyForm.OUTCOME_KEYS.stream()
            .flatMap(key -> IntStream.rangeClosed(1, 5).mapToObj(score -> key + "_" + score))
            .toList();

    // one text for every response (the scores are parameters), so the database compiles it once
    private static final String ADD = "UPDATE survey_round_count SET responses = responses + 1"
            + OUTCOME_COLUMNS.stream().map(c -> ", " + c + " = " + c + " + ?").collect(Collectors.joining())
            + " WHERE cohort_id = ? AND phase = ? AND module_key = ?";

    private final EntityManager em;

    RoundCounts(EntityManager em) {
        this.em = em;
    }

    /** One more response to the round, with its scores by item (only the outcome items' are kept here). */
    void add(Round round, Map<String, Integer> scores) {
        if (update(round, scores) == 0) {
            insert(round);
            update(round, scores);
        }
    }

    /** The round's row with no response yet; the caller knows that it has none. */
    void insert(Round round) {
        em.createNativeQuery("INSERT INTO survey_round_count (cohort_id, phase, module_key) VALUES (?, ?, ?)")
                .setParameter(1, round.cohortId())
                .setParameter(2, round.phase().name())
                .setParameter(3, moduleOf(round))
                .executeUpdate();
    }

    private int update(Round round, Map<String, Integer> scores) {
        Query query = em.createNativeQuery(ADD);
        int position = 1;
        for (String key : SurveyForm.OUTCOME_KEYS) {
            Integer score = scores.get(key);
            for (int s = 1; s <= 5; s++) {
                query.setParameter(position++, score != null && Math.max(1, Math.min(5, score)) == s ? 1 : 0);
            }
        }
        return query.setParameter(position++, round.cohortId())
                .setParameter(position++, round.phase().name())
                .setParameter(position, moduleOf(round))
                .executeUpdate();
    }

    static String moduleOf(Round round) {
        return round.moduleKey() == null ? "" : round.moduleKey();
    }
}
