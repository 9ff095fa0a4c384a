package org.committeeacademy.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.committeeacademy.survey.application.SurveyPhase;
import org.committeeacademy.survey.domain.Answers;
import org.committeeacademy.survey.domain.OutcomeRounds;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.ScoreTally;
import org.committeeacademy.survey.domain.SurveyRepository;

/**
 * Surveys in SQL. Responses get a random UUID, not a sequence, and only the month they were given: neither their
 * id nor their time may tell in which order people answered, which the participation rows would otherwise reveal.
 * What the results read is in {@link SurveyResultQueries}.
 */
@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

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
        new RoundCounts(em).add(round, answers.scores());
        answers.scores().forEach((key, score) -> {
            answer(responseId, key, score, null);
            count(round, key, score);
        });
        answers.texts().forEach((key, text) -> answer(responseId, key, null, text));
        em.flush();
    }

    private jakarta.persistence.Query roundQuery(String sql, Round round) {
        return em.createNativeQuery(sql + " WHERE cohort_id = ? AND phase = ? AND module_key = ?")
                .setParameter(1, round.cohortId())
                .setParameter(2, round.phase().name())
                .setParameter(3, moduleOf(round));
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
        if (((Number) roundQuery("SELECT COUNT(*) FROM survey_round_count", round)
                                .getSingleResult())
                        .intValue()
                == 0) {
            new RoundCounts(em).insert(round);
        }
    }

    private static String moduleOf(Round round) {
        return RoundCounts.moduleOf(round);
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
        return results().responses(cohortIds);
    }

    @Override
    public OutcomeRounds outcomeRounds(Collection<Long> cohortIds) {
        return results().outcomeRounds(cohortIds);
    }

    @Override
    public Map<Round, Map<String, ScoreTally>> tallies(Collection<Long> cohortIds, Collection<String> itemKeys) {
        return results().tallies(cohortIds, itemKeys);
    }

    @Override
    public Map<String, List<String>> texts(Round round) {
        return results().texts(round);
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

    private SurveyResultQueries results() {
        return new SurveyResultQueries(em);
    }

    private static Round round(long cohortId, String key) {
        return key.startsWith("AFTER_MODULE:")
                ? Round.afterModule(cohortId, key.substring("AFTER_MODULE:".length()))
                : new Round(cohortId, SurveyPhase.valueOf(key), null);
    }
}
