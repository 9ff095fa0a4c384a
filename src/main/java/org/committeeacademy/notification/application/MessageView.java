package org.committeeacademy.notification.application;

import java.time.Instant;
import org.committeeacademy.notification.domain.CohortMessage;

/** A message to a cohort as its pages show it. */
public record MessageView(
        long id,
        long cohortId,
        String cohortTitle,
        String subject,
        String text,
        String authorName,
        String audience,
        int recipientCount,
        Instant sentAt) {

    static MessageView of(CohortMessage m, String cohortTitle) {
        return new MessageView(
                m.id(),
                m.cohortId(),
                cohortTitle,
                m.subject(),
                m.body(),
                m.authorName(),
                m.audience().name(),
                m.recipients().size(),
                m.sentAt());
    }
}
