package org.committeeacademy.webhook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** Computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'whsec_test', b'1700000000.{...}', hashlib.sha256).hexdigest())". */
    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        assertEquals(
                "sha256=cf7d053522b08300fae293c3bcbf4e183d4a9538620c18dc9a46d063337936fa",
                WebhookSignature.sign("whsec_test", 1_700_000_000L, "{\"type\":\"webhook.test\"}"));
    }

    @Test
    void verifyRefusesAnotherBodyTimestampOrSecret() {
        String body = "{\"type\":\"webhook.test\"}";
        String signature = WebhookSignature.sign("whsec_test", 1_700_000_000L, body);
        assertTrue(WebhookSignature.verify("whsec_test", 1_700_000_000L, body, signature));
        assertFalse(WebhookSignature.verify("whsec_test", 1_700_000_001L, body, signature));
        assertFalse(WebhookSignature.verify("whsec_other", 1_700_000_000L, body, signature));
        assertFalse(WebhookSignature.verify("whsec_test", 1_700_000_000L, body + " ", signature));
        assertFalse(WebhookSignature.verify("whsec_test", 1_700_000_000L, body, null));
    }

    @Test
    void aFailedAttemptWaitsTheNextBackOffAndFailsAfterTheLast() {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        WebhookDelivery delivery = new WebhookDelivery(1, "e", WebhookEventType.TEST, "{}", now);
        List<Duration> backOff = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5));
        delivery.attemptFailed(500, "HTTP 500", backOff, now);
        assertEquals(WebhookDelivery.Status.PENDING, delivery.status());
        assertEquals(now.plusSeconds(60), delivery.nextAttemptAt());
        delivery.attemptFailed(null, "timeout", backOff, now);
        assertEquals(now.plusSeconds(300), delivery.nextAttemptAt());
        delivery.attemptFailed(503, "HTTP 503", backOff, now);
        assertEquals(WebhookDelivery.Status.FAILED, delivery.status());
        assertEquals(3, delivery.attempts());
        assertEquals(5, WebhookDelivery.BACK_OFF.size(), "1 min, 5 min, 30 min, 2 h, 12 h");
    }

    @Test
    void anEndpointHearsOnlyItsOrganisationsEventsUnlessInstallationWide() {
        WebhookEndpoint bonn = new WebhookEndpoint(
                1L, "https://a.example", List.of(WebhookEventType.ENROLMENT_CREATED), "plain:x", 1L, Instant.now());
        WebhookEndpoint everyone = new WebhookEndpoint(
                null, "https://b.example", List.of(WebhookEventType.ENROLMENT_CREATED), "plain:x", 1L, Instant.now());
        assertTrue(bonn.wants(WebhookEventType.ENROLMENT_CREATED, 1L));
        assertFalse(bonn.wants(WebhookEventType.ENROLMENT_CREATED, 2L), "Köln's events never reach Bonn");
        assertFalse(bonn.wants(WebhookEventType.SESSION_MOVED, 1L), "not subscribed");
        assertTrue(everyone.wants(WebhookEventType.ENROLMENT_CREATED, 2L));
    }
}
