package org.committeeacademy.cohort.application;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.committeeacademy.cohort.domain.CohortStatus;

/** Read-only views of cohorts and sessions for lists and home pages. */
public interface CohortQueries {

    List<CohortOverview> cohorts(Collection<CohortStatus> statuses);

    List<CohortOverview> cohortsOf(long memberId);

    List<SessionOverview> sessionsTaughtBy(long trainerId, LocalDateTime from, int max);

    List<SessionOverview> sessionsAttendedBy(long memberId, LocalDateTime from, int max);
}
