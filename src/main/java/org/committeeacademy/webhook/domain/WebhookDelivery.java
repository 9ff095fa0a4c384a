package org.committeeacademy.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One event for one endpoint, in the outbox: PENDING until sent; SENDING while an instance holds its lease; DELIVERED
 * on a 2xx answer; otherwise PENDING again after the next back-off, and FAILED after the last attempt.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Status {
        PENDING,
        SENDING,
        DELIVERED,
        FAILED
    }

    /** The waits after the 1st, 2nd, … failed attempt; after the last one the delivery has failed. */
    public static final List<Duration> BACK_OFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(12));

    private static final int MAX_ERROR = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "endpoint_id")
    private long endpointId;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "event_type")
    private String eventType;

    private String payload;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    protected WebhookDelivery() {}

    public WebhookDelivery(long endpointId, String eventId, WebhookEventType type, String payload, Instant now) {
        this.endpointId = endpointId;
        this.eventId = eventId;
        this.eventType = type.wireName();
        this.payload = payload;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The receiver answered 2xx. */
    public void delivered(int statusCode, Instant now) {
        attempts++;
        status = Status.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        lastAttemptAt = now;
        nextAttemptAt = null;
        leaseUntil = null;
    }

    /** Another status, a timeout or no connection: again after the back-off, or failed for good after the last. */
    public void attemptFailed(Integer statusCode, String error, List<Duration> backOff, Instant now) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
        lastAttemptAt = now;
        leaseUntil = null;
        if (attempts > backOff.size()) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            status = Status.PENDING;
            nextAttemptAt = now.plus(backOff.get(attempts - 1));
        }
    }

    public Long id() {
        return id;
    }

    public long endpointId() {
        return endpointId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }
}
