package org.committeeacademy.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An https address that receives the events it subscribed to: of one organisation (registered by its staff or an
 * admin), or of the whole installation (organisation null, admins only). The secret is kept sealed.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private Long organisationId;

    private String url;

    /** The wire names, comma-separated. */
    @Column(name = "event_types")
    private String eventTypes;

    /** Sealed (identity's SealedSecrets); never shown again after creation, never logged. */
    private String secret;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected WebhookEndpoint() {}

    public WebhookEndpoint(
            Long organisationId,
            String url,
            Collection<WebhookEventType> types,
            String sealedSecret,
            Long createdBy,
            Instant now) {
        this.organisationId = organisationId;
        this.url = url;
        this.eventTypes =
                types.stream().distinct().map(WebhookEventType::wireName).collect(Collectors.joining(","));
        this.secret = sealedSecret;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Whether this endpoint hears of an event of that type in that organisation (null: the installation's own). */
    public boolean wants(WebhookEventType type, Long eventOrganisationId) {
        boolean inScope = organisationId == null || organisationId.equals(eventOrganisationId);
        return inScope && eventTypes().contains(type);
    }

    public List<WebhookEventType> eventTypes() {
        return Arrays.stream(eventTypes.split(","))
                .map(WebhookEventType::ofWireName)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String url() {
        return url;
    }

    public String sealedSecret() {
        return secret;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
