package org.committeeacademy.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.webhook.application.WebhookClaims.Claimed;
import org.committeeacademy.webhook.domain.WebhookSignature;

/**
 * Sends due deliveries: claims each, POSTs the JSON body signed with the endpoint's secret (outside any transaction,
 * with timeouts, no redirects followed), and records the outcome; a 2xx answer counts as delivered.
 */
@ApplicationScoped
public class WebhookSender {

    private static final System.Logger LOG = System.getLogger(WebhookSender.class.getName());
    static final int BATCH = 50;

    @Inject
    WebhookClaims claims;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(WebhookSettings.CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public int deliverDue() {
        int sent = 0;
        List<Long> due;
        do {
            due = claims.due(BATCH);
            for (long id : due) {
                if (attempt(id).orElse(false)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    /** One attempt of one delivery, if it is due and nobody else holds it: whether the receiver took it. */
    public Optional<Boolean> attempt(long id) {
        Optional<Claimed> claimed = claims.claim(id);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Claimed delivery = claimed.get();
        try {
            URI uri = WebhookAddresses.checked(delivery.url());
            HttpResponse<Void> answer = http.send(request(uri, delivery), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 == 2) {
                claims.delivered(id, answer.statusCode());
                return Optional.of(true);
            }
            claims.failed(id, answer.statusCode(), "HTTP " + answer.statusCode());
        } catch (ValidationException e) {
            claims.failed(id, null, "address refused: " + e.violations().get(0).messageKey());
        } catch (IOException | RuntimeException e) {
            claims.failed(
                    id, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            claims.failed(id, null, "interrupted");
        }
        LOG.log(System.Logger.Level.INFO, "Webhook delivery {0} not taken, tried again later", id);
        return Optional.of(false);
    }

    static HttpRequest request(URI uri, Claimed delivery) {
        long timestamp = System.currentTimeMillis() / 1000;
        return HttpRequest.newBuilder(uri)
                .timeout(WebhookSettings.ANSWER_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "CommitteeAcademy-Webhooks/1")
                .header("X-Academy-Event", delivery.eventType())
                .header("X-Academy-Delivery", String.valueOf(delivery.id()))
                .header("X-Academy-Timestamp", String.valueOf(timestamp))
                .header("X-Academy-Signature", WebhookSignature.sign(delivery.secret(), timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                .build();
    }
}
