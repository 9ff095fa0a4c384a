package org.committeeacademy.notification.domain;

import java.util.List;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;

/**
 * Who in a cohort a message goes to. "Those present at session X" joins once attendance is recorded: it will name
 * the session besides the audience, and take its people from attendance instead of enrolment states.
 */
public enum Audience {
    ALL_CONFIRMED(List.of(EnrolmentStatus.CONFIRMED)),
    WAITING_LIST(List.of(EnrolmentStatus.WAITLISTED, EnrolmentStatus.OFFERED));

    private final List<EnrolmentStatus> statuses;

    Audience(List<EnrolmentStatus> statuses) {
        this.statuses = statuses;
    }

    /** The enrolment states of the people addressed. */
    public List<EnrolmentStatus> statuses() {
        return statuses;
    }
}
