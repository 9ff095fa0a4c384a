package org.committeeacademy.survey.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Survey forms, answers and who took part. Answers are stored without any link to a person: the participation
 * (account and round, nothing else) and the response (cohort, round, month, answers under a random id) are
 * written together but share no key.
 */
public interface SurveyRepository {

    /** The form staff adapted for the series, or empty while it asks the standard set. */
    Optional<SurveyForm> formOf(long seriesId);

    void saveForm(long seriesId, SurveyForm form);

    /** The series' id of the cohort, if the cohort exists. */
    Optional<Long> seriesOfCohort(long cohortId);

    String cohortTitle(long cohortId);

    /** The sessions that take place (not cancelled) of these cohorts, unless the cohort was cancelled. */
    List<ScheduledSession> sessionsOf(Collection<Long> cohortIds);

    /** Cohorts where the account holds a seat (confirmed or completed), by id with their title. */
    Map<Long, String> seatsOf(long accountId);

    /** Cohorts not cancelled with a session ending after {@code since}, by id. */
    List<Long> cohortsEndingAfter(Instant since);

    /** The accounts holding a seat in each of these cohorts. */
    Map<Long, List<Long>> seatedIn(Collection<Long> cohortIds);

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

    /** The scores given per round and item (only the given items), as tallies. */
    Map<Round, Map<String, ScoreTally>> tallies(Collection<Long> cohortIds, Collection<String> itemKeys);

    /** The free-text answers of a round, in no meaningful order (by their random id). */
    Map<String, List<String>> texts(Round round);

    /** Forgets which rounds the person took part in and which they were invited to; the answers stay. */
    void forgetPerson(long accountId);
}
