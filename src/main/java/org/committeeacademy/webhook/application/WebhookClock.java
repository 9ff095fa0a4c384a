package org.committeeacademy.webhook.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.committeeacademy.shared.application.ScheduledJob;

/**
 * Every 5 seconds: queues the enrolment changes not announced yet, then sends the deliveries that are due. Once per
 * cluster (ScheduledJobGuard's lease); each step is safe to repeat (the cursor and the delivery claims are locked).
 */
@Singleton
@ScheduledJob
public class WebhookClock {

    @Inject
    EnrolmentAnnouncements enrolments;

    @Inject
    WebhookSender sender;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void tick() {
        enrolments.collect();
        sender.deliverDue();
    }
}
