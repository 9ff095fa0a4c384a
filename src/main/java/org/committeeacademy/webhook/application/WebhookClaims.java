package org.committeeacademy.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.identity.application.SealedSecrets;
import org.committeeacademy.webhook.domain.WebhookRepository;

/**
 * The sender's steps, each in its own short transaction, so no transaction is open while a receiver is being called;
 * a claimed delivery is leased to this instance, so no other instance of a cluster sends it at the same time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookClaims {

    /** Longer than an attempt can take (connect and answer timeouts), so a lease only runs out if the sender died. */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** What one attempt needs: the secret is opened here and lives only in memory for the call. */
    public record Claimed(long id, String url, String secret, String eventType, String payload) {}

    @Inject
    WebhookRepository webhooks;

    public List<Long> due(int limit) {
        return webhooks.due(Instant.now(), limit);
    }

    public Optional<Claimed> claim(long id) {
        Instant now = Instant.now();
        if (!webhooks.claim(id, now, now.plus(LEASE))) {
            return Optional.empty();
        }
        return webhooks.delivery(id).flatMap(d -> webhooks.endpoint(d.endpointId())
                .map(e -> new Claimed(
                        id, e.url(), SealedSecrets.fromSettings().open(e.sealedSecret()), d.eventType(), d.payload())));
    }

    public void delivered(long id, int statusCode) {
        webhooks.delivery(id).ifPresent(d -> d.delivered(statusCode, Instant.now()));
    }

    public void failed(long id, Integer statusCode, String error) {
        webhooks.delivery(id)
                .ifPresent(d -> d.attemptFailed(statusCode, error, WebhookSettings.backOff(), Instant.now()));
    }
}
