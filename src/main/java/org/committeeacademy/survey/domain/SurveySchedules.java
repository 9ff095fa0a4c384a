package org.committeeacademy.survey.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What surveys are timed by: the cohorts' series, titles, sessions and who holds a seat, read for many cohorts at once. */
public interface SurveySchedules {

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
}
