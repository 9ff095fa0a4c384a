package org.committeeacademy.cohort.application;

import java.time.LocalDateTime;
import org.committeeacademy.cohort.domain.ScheduleChange;

/**
 * Fired inside a transaction that recorded a schedule change for people enrolled in a cohort; once it commits, the
 * notification feature mails them. The webhooks announce a moved or cancelled session from it (in the transaction, so
 * the delivery commits with the change): which session, its organisation, and its times after the change.
 */
public record ScheduleChanged(
        long cohortId,
        ScheduleChange.Kind kind,
        Long sessionId,
        Long organisationId,
        LocalDateTime start,
        LocalDateTime end) {

    public ScheduleChanged(long cohortId) {
        this(cohortId, null, null, null, null, null);
    }

    static ScheduleChanged of(ScheduleChange change) {
        return new ScheduleChanged(
                change.cohort().id(),
                change.kind(),
                change.session() == null ? null : change.session().id(),
                change.cohort().organisationId(),
                change.session() == null ? null : change.session().start(),
                change.session() == null ? null : change.session().end());
    }
}
