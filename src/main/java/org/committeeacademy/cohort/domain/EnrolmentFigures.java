package org.committeeacademy.cohort.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What cohort pages and rules need to know about enrolments: how many seats are held, who waits, who is affected by a
 * change. A port: enrolment owns the enrolment table and sits above cohort, so it implements this and cohort never
 * reads enrolment's rows itself.
 */
public interface EnrolmentFigures {

    /** People a schedule change concerns: enrolled (requested, confirmed, offered) or waiting. */
    int peopleAffected(long cohortId);

    /** Seats taken: confirmed, offered (held for the person) and completed. */
    long seated(long cohortId);

    long waitlisted(long cohortId);

    /** Per cohort id: seats taken and people waiting; cohorts without either are left out. */
    Map<Long, Seating> seating(Collection<Long> cohortIds);

    /** Whether the member holds a place (requested, confirmed, offered, waiting or completed) in the cohort. */
    boolean isEnrolled(long cohortId, long memberId);

    /** Cohorts the member enrolled in and did not cancel. */
    List<Long> cohortsOf(long memberId);

    /** Cohorts in which the member holds a confirmed seat. */
    List<Long> cohortsConfirmedFor(long memberId);

    record Seating(long seated, long waiting) {}
}
