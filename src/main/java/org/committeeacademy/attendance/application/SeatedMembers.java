package org.committeeacademy.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;

/** The people whose attendance counts in a cohort: those whose enrolment's status {@code isSeated()}. */
@ApplicationScoped
public class SeatedMembers {

    @Inject
    EnrolmentRepository enrolments;

    public Map<Long, Enrolment> byMember(long cohortId) {
        Map<Long, Enrolment> seated = new LinkedHashMap<>();
        for (Enrolment e : enrolments.ofCohort(cohortId)) {
            if (e.status().isSeated()) {
                seated.put(e.member().id(), e);
            }
        }
        return seated;
    }

    /** Whether the member has a seat in the cohort: one count, neither the roster nor the enrolment's history. */
    public boolean has(long cohortId, long memberId) {
        return enrolments.isSeated(cohortId, memberId);
    }
}
