package org.committeeacademy.webhook.rest;

import java.time.Instant;
import java.util.List;
import org.committeeacademy.webhook.domain.WebhookDelivery;
import org.committeeacademy.webhook.domain.WebhookEndpoint;
import org.committeeacademy.webhook.domain.WebhookEventType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The webhook API's JSON: endpoints (the secret only in the answer to POST), deliveries with their outcome. */
public final class WebhookDtos {

    private WebhookDtos() {}

    /** {@code POST /webhooks}: organisationId only for admins (null: the whole installation). */
    public record WebhookInput(String url, List<String> events, Long organisationId) {}

    @Schema(name = "Webhook", description = "secret only in the answer to the registration")
    public record WebhookDto(
            long id, String url, List<String> events, Long organisationId, Instant createdAt, String secret) {

        static WebhookDto of(WebhookEndpoint e, String secret) {
            return new WebhookDto(
                    e.id(),
                    e.url(),
                    e.eventTypes().stream().map(WebhookEventType::wireName).toList(),
                    e.organisationId(),
                    e.createdAt(),
                    secret);
        }
    }

    public record DeliveryDto(
            long id,
            String eventId,
            String event,
            String status,
            int attempts,
            Integer lastStatusCode,
            String lastError,
            Instant createdAt,
            Instant lastAttemptAt,
            Instant nextAttemptAt) {

        static DeliveryDto of(WebhookDelivery d) {
            return new DeliveryDto(
                    d.id(),
                    d.eventId(),
                    d.eventType(),
                    d.status().name(),
                    d.attempts(),
                    d.lastStatusCode(),
                    d.lastError(),
                    d.createdAt(),
                    d.lastAttemptAt(),
                    d.nextAttemptAt());
        }
    }
}
