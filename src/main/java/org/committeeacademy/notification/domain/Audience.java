package org.committeeacademy.notification.domain;

import java.util.List;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;

/**
 * Who in a cohort a message goes to: people by the state of their enrolment, or those marked present at one of the
 * cohort's sessions (which then names the session; its people come from attendance, not enrolment states).
 */
public enum Audience {
    ALL_CONFIRMED(List.of(EnrolmentStatus.CONFIRMED)),
    WAITING_LIST(List.of(EnrolmentStatus.WAITLISTED, EnrolmentStatus.OFFERED)),
    PRESENT_AT_SESSION(List.of());

    private final List<EnrolmentStatus> statuses;

    Audience(List<EnrolmentStatus> statuses) {
        this.statuses = statuses;
    }

    public boolean needsSession() {
        return this == PRESENT_AT_SESSION;
    }

    /** The enrolment states of the people addressed (none for those present at a session). */
    public List<EnrolmentStatus> statuses() {
        return statuses;
    }
}
