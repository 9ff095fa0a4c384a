package org.committeeacademy.survey.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Survey forms, answers and who took part. Answers are stored without any link to a person: the participation
 * (account and round, nothing else) and the response (cohort, round, month, answers under a random id) are
 * written together but share no key.
 */
public interface SurveyRepository {

    boolean tookPart(long accountId, Round round);

    List<Round> roundsTakenBy(long accountId);

    /** Records that the person took part and, unlinked, what they answered; both in the caller's transaction. */
    void record(long accountId, Round round, Answers answers, YearMonth month);

    /**
     * Creates the (zero) counts of the round's items that do not exist yet, so that answers given at the same moment
     * only add to existing counts. Safe to call again; may lose a race to another caller, who then created them.
     */
    void prepareTallies(Round round, Collection<String> itemKeys);

    boolean invited(long accountId, Round round);

    void markInvited(long accountId, Round round, Instant at);

    /** Number of responses per round of these cohorts. */
    Map<Round, Integer> responses(Collection<Long> cohortIds);

    /** The responses and the outcome items' answers per round of these cohorts, as kept with each response (V62). */
    OutcomeRounds outcomeRounds(Collection<Long> cohortIds);

    /** The scores given per round and item (only the given items), as tallies. */
    Map<Round, Map<String, ScoreTally>> tallies(Collection<Long> cohortIds, Collection<String> itemKeys);

    /** The free-text answers of a round, in no meaningful order (by their random id). */
    Map<String, List<String>> texts(Round round);

    /** Forgets which rounds the person took part in and which they were invited to; the answers stay. */
    void forgetPerson(long accountId);
}
