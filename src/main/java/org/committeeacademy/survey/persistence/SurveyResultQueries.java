package org.committeeacademy.survey.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.shared.persistence.SqlText;
import org.committeeacademy.survey.application.SurveyPhase;
import org.committeeacademy.survey.domain.OutcomeRounds;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.ScoreTally;
import org.committeeacademy.survey.domain.SurveyForm;

/**
 * What the survey results read: responses counted, score tallies and free texts. Queries take whole sets of cohorts
 * at once, so the dashboard's hundreds of cohorts cost a few statements.
 */
final class SurveyResultQueries {

    private static final int FEW_COHORTS = 20;

    private final EntityManager em;

    SurveyResultQueries(EntityManager em) {
        this.em = em;
    }

    Map<Round, Integer> responses(Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        // the count kept per round as each response is stored (V56), one row per round instead of every response
        Query query = em.createNativeQuery("SELECT cohort_id, phase, module_key, responses FROM survey_round_count"
                + " WHERE responses > 0" + cohortFilter("AND", cohortIds));
        bindCohorts(query, 1, cohortIds);
        Set<Long> wanted = new HashSet<>(cohortIds);
        Map<Round, Integer> counts = new HashMap<>();
        SqlLists.rows(query).stream()
                .filter(r -> wanted.contains(((Number) r[0]).longValue()))
                .forEach(r -> counts.put(round(r), ((Number) r[3]).intValue()));
        return counts;
    }

    /**
     * The rounds' rows (V62): per round with responses, their number and the outcome items' answers by score, as
     * {@link #responses} and {@link #tallies} of the outcome items would give them from one row per round and item.
     */
    OutcomeRounds outcomeRounds(Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return new OutcomeRounds(Map.of(), Map.of());
        }
        Query query = em.createNativeQuery("SELECT cohort_id, phase, module_key, responses, "
                + String.join(", ", RoundCounts.OUTCOME_COLUMNS) + " FROM survey_round_count WHERE responses > 0"
                + cohortFilter("AND", cohortIds));
        bindCohorts(query, 1, cohortIds);
        Set<Long> wanted = new HashSet<>(cohortIds);
        Map<Round, Integer> responses = new HashMap<>();
        Map<Round, Map<String, ScoreTally>> tallies = new HashMap<>();
        for (Object[] r : SqlLists.rows(query)) {
            if (!wanted.contains(((Number) r[0]).longValue())) {
                continue;
            }
            Round round = round(r);
            responses.put(round, ((Number) r[3]).intValue());
            int column = 4;
            for (String key : SurveyForm.OUTCOME_KEYS) {
                ScoreTally tally = new ScoreTally();
                for (int score = 1; score <= 5; score++) {
                    tally.add(score, ((Number) r[column++]).intValue());
                }
                if (tally.answers() > 0) {
                    tallies.computeIfAbsent(round, k -> new HashMap<>()).put(key, tally);
                }
            }
        }
        return new OutcomeRounds(responses, tallies);
    }

    Map<Round, Map<String, ScoreTally>> tallies(Collection<Long> cohortIds, Collection<String> itemKeys) {
        if (cohortIds.isEmpty() || itemKeys.isEmpty()) {
            return Map.of();
        }
        Query query = em.createNativeQuery("SELECT cohort_id, phase, module_key, item_key, answers_1, answers_2,"
                + " answers_3, answers_4, answers_5 FROM survey_tally WHERE item_key IN (" + SqlLists.marks(itemKeys)
                + ")"
                + cohortFilter("AND", cohortIds));
        SqlLists.bind(query, 1, itemKeys);
        bindCohorts(query, 1 + itemKeys.size(), cohortIds);
        Set<Long> wanted = new HashSet<>(cohortIds);
        Map<Round, Map<String, ScoreTally>> tallies = new HashMap<>();
        for (Object[] r : SqlLists.rows(query)) {
            if (!wanted.contains(((Number) r[0]).longValue())) {
                continue;
            }
            ScoreTally tally = new ScoreTally();
            for (int score = 1; score <= 5; score++) {
                tally.add(score, ((Number) r[3 + score]).intValue());
            }
            if (tally.answers() > 0) {
                tallies.computeIfAbsent(round(r), k -> new HashMap<>()).put((String) r[3], tally);
            }
        }
        return tallies;
    }

    Map<String, List<String>> texts(Round round) {
        Query query = em.createNativeQuery("SELECT a.item_key, a.answer_text FROM survey_answer a"
                + " JOIN survey_response r ON r.id = a.response_id WHERE a.answer_text IS NOT NULL"
                + " AND r.cohort_id = ? AND r.phase = ? AND "
                + (round.moduleKey() == null ? "r.module_key IS NULL" : "r.module_key = ?")
                + " ORDER BY a.response_id");
        query.setParameter(1, round.cohortId()).setParameter(2, round.phase().name());
        if (round.moduleKey() != null) {
            query.setParameter(3, round.moduleKey());
        }
        Map<String, List<String>> texts = new LinkedHashMap<>();
        SqlLists.rows(query).forEach(r -> texts.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                .add(SqlText.of(r[1])));
        return texts;
    }

    /**
     * A few cohorts are looked up by id; for many, every row is read and sorted out here: Derby answers a long IN
     * list far slower than a scan of these small tables.
     */
    private static String cohortFilter(String keyword, Collection<Long> cohortIds) {
        return cohortIds.size() > FEW_COHORTS
                ? ""
                : " " + keyword + " cohort_id IN (" + SqlLists.marks(cohortIds) + ")";
    }

    private static void bindCohorts(Query query, int first, Collection<Long> cohortIds) {
        if (cohortIds.size() <= FEW_COHORTS) {
            SqlLists.bind(query, first, cohortIds);
        }
    }

    private static Round round(Object[] r) {
        long cohortId = ((Number) r[0]).longValue();
        SurveyPhase phase = SurveyPhase.valueOf((String) r[1]);
        return new Round(cohortId, phase, phase == SurveyPhase.AFTER_MODULE ? (String) r[2] : null);
    }
}
