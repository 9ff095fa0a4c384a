package org.committeeacademy.cohort.application;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.committeeacademy.cohort.domain.CohortStatus;

/** Read-only views of cohorts and sessions for lists and home pages. */
public interface CohortQueries {

    List<CohortOverview> cohorts(Collection<CohortStatus> statuses);

    List<CohortOverview> cohortsOf(long memberId);

    /** Staff's list: cohorts matching the filter, by first session. */
    List<CohortOverview> cohorts(CohortFilter filter);

    /** Sessions (not cancelled, cohort not cancelled) in the venue's rooms that overlap the period. */
    List<Booking> bookings(long venueId, LocalDateTime from, LocalDateTime to);

    /** Sessions the trainer taught that ended before the time, latest first. */
    List<SessionOverview> pastSessionsTaughtBy(long trainerId, LocalDateTime before, int max);

    List<SessionOverview> sessionsTaughtBy(long trainerId, LocalDateTime from, int max);

    List<SessionOverview> sessionsAttendedBy(long memberId, LocalDateTime from, int max);
}
