package org.committeeacademy.notification.domain;

import java.util.Optional;
import org.committeeacademy.enrolment.domain.ChangeCause;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;

/** Which mail, if any, a member gets for a change of their enrolment. */
public final class EnrolmentNotices {

    private EnrolmentNotices() {}

    public static Optional<Notice> forChange(EnrolmentStatus to, ChangeCause cause) {
        return Optional.ofNullable(
                switch (to) {
                    case CONFIRMED -> cause == ChangeCause.MOVED_UP ? Notice.MOVED_UP : Notice.ENROLMENT_CONFIRMED;
                    case WAITLISTED -> Notice.WAITLISTED;
                    case OFFERED -> Notice.OFFERED;
                    case DECLINED -> Notice.DECLINED;
                    // a move to another cohort is told by the mail about the new place, not by a cancellation
                    case CANCELLED -> cause == ChangeCause.MOVED_OUT ? null : Notice.CANCELLED;
                    // a request waits for staff; completion is told by the certificate
                    case REQUESTED, COMPLETED -> null;
                });
    }
}
