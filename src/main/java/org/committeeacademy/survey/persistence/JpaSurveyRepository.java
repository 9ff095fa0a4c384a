package org.committeeacademy.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.committeeacademy.shared.persistence.SqlText;
import org.committeeacademy.survey.application.SurveyPhase;
import org.committeeacademy.survey.domain.Answers;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.ScoreTally;
import org.committeeacademy.survey.domain.SurveyRepository;

/**
 * Surveys in SQL. Responses get a random UUID, not a sequence, and only the month they were given: neither their
 * id nor their time may tell in which order people answered, which the participation rows would otherwise reveal.
 * Queries take whole sets of cohorts at once, so the dashboard's hundreds of cohorts cost a few statements.
 */
@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

    private static final int FEW_COHORTS = 20;

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaSurveyRepository() {}

    public JpaSurveyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean tookPart(long accountId, Round round) {
        return count(
                        "SELECT COUNT(*) FROM survey_participation WHERE account_id = ? AND cohort_id = ?"
                                + " AND round_key = ?",
                        accountId,
                        round)
                > 0;
    }

    @Override
    public List<Round> roundsTakenBy(long accountId) {
        return SqlLists.rows(em.createNativeQuery("SELECT cohort_id, round_key FROM survey_participation"
                                + " WHERE account_id = ? ORDER BY cohort_id, round_key")
                        .setParameter(1, accountId))
                .stream()
                .map(r -> round(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }

    @Override
    public void record(long accountId, Round round, Answers answers, YearMonth month) {
        em.persist(new SurveyParticipation(accountId, round.cohortId(), round.key()));
        String responseId = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO survey_response (id, cohort_id, phase, module_key, answered_month)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, responseId)
                .setParameter(2, round.cohortId())
                .setParameter(3, round.phase().name())
                .setParameter(4, round.moduleKey())
                .setParameter(5, month.toString())
                .executeUpdate();
        answers.scores().forEach((key, score) -> {
            answer(responseId, key, score, null);
            count(round, key, score);
        });
        answers.texts().forEach((key, text) -> answer(responseId, key, null, text));
        em.flush();
    }

    private void count(Round round, String itemKey, int score) {
        String column = "answers_" + Math.max(1, Math.min(5, score));
        int updated = em.createNativeQuery("UPDATE survey_tally SET " + column + " = " + column + " + 1"
                        + " WHERE cohort_id = ? AND phase = ? AND module_key = ? AND item_key = ?")
                .setParameter(1, round.cohortId())
                .setParameter(2, round.phase().name())
                .setParameter(3, moduleOf(round))
                .setParameter(4, itemKey)
                .executeUpdate();
        if (updated == 0) {
            insertTally(round, itemKey, column);
        }
    }

    private void insertTally(Round round, String itemKey, String countedColumn) {
        em.createNativeQuery("INSERT INTO survey_tally (cohort_id, phase, module_key, item_key"
                        + (countedColumn == null ? "" : ", " + countedColumn) + ") VALUES (?, ?, ?, ?"
                        + (countedColumn == null ? "" : ", 1") + ")")
                .setParameter(1, round.cohortId())
                .setParameter(2, round.phase().name())
                .setParameter(3, moduleOf(round))
                .setParameter(4, itemKey)
                .executeUpdate();
    }

    @Override
    public void prepareTallies(Round round, Collection<String> itemKeys) {
        List<?> present = em.createNativeQuery(
                        "SELECT item_key FROM survey_tally WHERE cohort_id = ? AND phase = ?" + " AND module_key = ?")
                .setParameter(1, round.cohortId())
                .setParameter(2, round.phase().name())
                .setParameter(3, moduleOf(round))
                .getResultList();
        itemKeys.stream().filter(k -> !present.contains(k)).forEach(k -> insertTally(round, k, null));
    }

    private static String moduleOf(Round round) {
        return round.moduleKey() == null ? "" : round.moduleKey();
    }

    /**
     * A score or a text, never both: the other column is left out rather than bound to null, because a null bound
     * through a native query has no type and PostgreSQL refuses it for an integer column.
     */
    private void answer(String responseId, String itemKey, Integer score, String text) {
        String column = score != null ? "score" : "answer_text";
        em.createNativeQuery("INSERT INTO survey_answer (response_id, item_key, " + column + ") VALUES (?, ?, ?)")
                .setParameter(1, responseId)
                .setParameter(2, itemKey)
                .setParameter(3, score != null ? score : text)
                .executeUpdate();
    }

    @Override
    public boolean invited(long accountId, Round round) {
        return count(
                        "SELECT COUNT(*) FROM survey_invitation_sent WHERE account_id = ? AND cohort_id = ?"
                                + " AND round_key = ?",
                        accountId,
                        round)
                > 0;
    }

    @Override
    public void markInvited(long accountId, Round round, Instant at) {
        em.createNativeQuery("INSERT INTO survey_invitation_sent (account_id, cohort_id, round_key, sent_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, accountId)
                .setParameter(2, round.cohortId())
                .setParameter(3, round.key())
                .setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public Map<Round, Integer> responses(Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        Query query = em.createNativeQuery("SELECT cohort_id, phase, module_key, COUNT(*) FROM survey_response"
                + cohortFilter("WHERE", cohortIds) + " GROUP BY cohort_id, phase, module_key");
        bindCohorts(query, 1, cohortIds);
        Set<Long> wanted = new HashSet<>(cohortIds);
        Map<Round, Integer> counts = new HashMap<>();
        SqlLists.rows(query).stream()
                .filter(r -> wanted.contains(((Number) r[0]).longValue()))
                .forEach(r -> counts.put(round(r), ((Number) r[3]).intValue()));
        return counts;
    }

    @Override
    public Map<Round, Map<String, ScoreTally>> tallies(Collection<Long> cohortIds, Collection<String> itemKeys) {
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

    @Override
    public Map<String, List<String>> texts(Round round) {
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

    @Override
    public void forgetPerson(long accountId) {
        em.createNativeQuery("DELETE FROM survey_participation WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM survey_invitation_sent WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    private int count(String sql, long accountId, Round round) {
        return ((Number) em.createNativeQuery(sql)
                        .setParameter(1, accountId)
                        .setParameter(2, round.cohortId())
                        .setParameter(3, round.key())
                        .getSingleResult())
                .intValue();
    }

    private static Round round(Object[] r) {
        long cohortId = ((Number) r[0]).longValue();
        SurveyPhase phase = SurveyPhase.valueOf((String) r[1]);
        return new Round(cohortId, phase, phase == SurveyPhase.AFTER_MODULE ? (String) r[2] : null);
    }

    private static Round round(long cohortId, String key) {
        return key.startsWith("AFTER_MODULE:")
                ? Round.afterModule(cohortId, key.substring("AFTER_MODULE:".length()))
                : new Round(cohortId, SurveyPhase.valueOf(key), null);
    }
}
