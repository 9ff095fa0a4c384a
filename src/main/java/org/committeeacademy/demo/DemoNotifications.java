package org.committeeacademy.demo;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import org.committeeacademy.cohort.domain.Cohort;

/**
 * The demo's enrolments are recorded like real ones, each with a change nobody has been told about yet. Those of the
 * running and the completed course stand for the past, long before the demo started: they are marked notified, so the
 * first start does not fill the outbox with mails about them. The enrolments in the open course count as recent; the
 * notification feature mails them at its first tick, as it would any new enrolment, so the outbox shows real mails.
 */
final class DemoNotifications {

    private DemoNotifications() {}

    static void pastChangesNotified(EntityManager em, Cohort recent, Instant now) {
        em.flush();
        em.createNativeQuery("UPDATE enrolment_change SET notified_at = ? WHERE notified_at IS NULL"
                        + " AND enrolment_id IN (SELECT e.id FROM enrolment e WHERE e.cohort_id <> ?)")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, recent.id())
                .executeUpdate();
    }
}
