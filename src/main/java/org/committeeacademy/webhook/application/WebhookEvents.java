package org.committeeacademy.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.committeeacademy.attendance.application.AttendanceChanged;
import org.committeeacademy.certificate.application.CertificateIssued;
import org.committeeacademy.certificate.domain.CertificateRepository;
import org.committeeacademy.cohort.application.ScheduleChanged;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.ScheduleChange;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.webhook.domain.WebhookDelivery;
import org.committeeacademy.webhook.domain.WebhookEndpoint;
import org.committeeacademy.webhook.domain.WebhookEventType;
import org.committeeacademy.webhook.domain.WebhookRepository;

/**
 * Puts events into the webhook outbox, in the transaction of the change (so a delivery exists exactly when the change
 * committed): one delivery per endpoint of the event's organisation (or installation-wide) that subscribed to it;
 * nothing at all when none did. Payloads carry ids, states and times, never names or e-mail addresses.
 */
@ApplicationScoped
public class WebhookEvents {

    private static final System.Logger LOG = System.getLogger(WebhookEvents.class.getName());

    @Inject
    WebhookRepository webhooks;

    @Inject
    CohortRepository cohorts;

    @Inject
    CertificateRepository certificates;

    /** @return how many deliveries were queued */
    public int publish(WebhookEventType type, Long organisationId, JsonObject data, Instant occurredAt) {
        return publish(webhooks.listening(organisationId), type, organisationId, data, occurredAt);
    }

    /**
     * As {@link #publish(WebhookEventType, Long, JsonObject, Instant)}, with the endpoints {@link
     * WebhookRepository#listening} in the event's organisation already read: a batch of events reads them once per
     * organisation (a query per event made the flush before it compare the whole batch each time).
     */
    int publish(
            List<WebhookEndpoint> listening,
            WebhookEventType type,
            Long organisationId,
            JsonObject data,
            Instant occurredAt) {
        List<WebhookEndpoint> endpoints = listening.stream()
                .filter(e -> e.wants(type, organisationId))
                .filter(e -> !e.createdAt().isAfter(occurredAt)) // not what happened before it was registered
                .toList();
        if (endpoints.isEmpty()) {
            return 0;
        }
        String eventId = UUID.randomUUID().toString();
        String payload = payload(eventId, type, organisationId, data, occurredAt);
        Instant now = Instant.now();
        endpoints.forEach(e -> webhooks.add(new WebhookDelivery(e.id(), eventId, type, payload, now)));
        return endpoints.size();
    }

    static String payload(String eventId, WebhookEventType type, Long organisationId, JsonObject data, Instant at) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", eventId)
                .add("type", type.wireName())
                .add("occurredAt", at.toString());
        if (organisationId == null) {
            json.addNull("organisationId");
        } else {
            json.add("organisationId", organisationId);
        }
        return json.add("data", data).build().toString();
    }

    void attendanceRecorded(@Observes AttendanceChanged event) {
        safely("attendance", () -> cohorts.find(event.cohortId())
                .ifPresent(cohort -> publish(
                        WebhookEventType.ATTENDANCE_RECORDED,
                        cohort.organisationId(),
                        Jsons.createObjectBuilder()
                                .add("cohortId", event.cohortId())
                                .add("memberId", event.memberId())
                                .build(),
                        Instant.now())));
    }

    void certificateIssued(@Observes CertificateIssued event) {
        safely("certificate", () -> certificates
                .find(event.certificateId())
                .ifPresent(certificate -> publish(
                        WebhookEventType.CERTIFICATE_ISSUED,
                        certificate.cohort().organisationId(),
                        Jsons.createObjectBuilder()
                                .add("certificateId", event.certificateId())
                                .add("cohortId", certificate.cohort().id())
                                .add("memberId", event.memberId())
                                .build(),
                        Instant.now())));
    }

    void scheduleChanged(@Observes ScheduleChanged event) {
        if (event.sessionId() == null || event.kind() == ScheduleChange.Kind.COHORT_CANCELLED) {
            return;
        }
        WebhookEventType type = event.kind() == ScheduleChange.Kind.SESSION_CANCELLED
                ? WebhookEventType.SESSION_CANCELLED
                : WebhookEventType.SESSION_MOVED;
        safely(
                "session",
                () -> publish(
                        type,
                        event.organisationId(),
                        Jsons.createObjectBuilder()
                                .add("sessionId", event.sessionId())
                                .add("cohortId", event.cohortId())
                                .add("start", offset(event.start()))
                                .add("end", offset(event.end()))
                                .build(),
                        Instant.now()));
    }

    private static String offset(LocalDateTime time) {
        return time.atZone(AcademyTime.ZONE).toOffsetDateTime().toString();
    }

    /** A webhook never stops the change it announces: a failure here is logged, and the change goes on. */
    private static void safely(String what, Runnable publish) {
        try {
            publish.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Webhook event ({0}) not queued: {1}", what, e.toString());
        }
    }
}
