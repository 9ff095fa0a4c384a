package org.committeeacademy.enrolment.application;

import java.time.Instant;
import org.committeeacademy.enrolment.domain.ChangeCause;
import org.committeeacademy.enrolment.domain.EnrolmentChange;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;

/** One recorded change of an enrolment, as people read it; {@code by} is empty for the system. */
public record HistoryLine(
        Instant at,
        EnrolmentStatus from,
        EnrolmentStatus to,
        ChangeCause cause,
        String by,
        Integer position,
        String note) {

    static HistoryLine of(EnrolmentChange change) {
        return new HistoryLine(
                change.changedAt(),
                change.from(),
                change.to(),
                change.cause(),
                change.changedBy() == null ? "" : change.changedBy().name(),
                change.waitlistPosition(),
                change.note());
    }
}
