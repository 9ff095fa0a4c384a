package org.committeeacademy.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.SealedSecrets;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.webhook.domain.WebhookDelivery;
import org.committeeacademy.webhook.domain.WebhookEndpoint;
import org.committeeacademy.webhook.domain.WebhookEventType;
import org.committeeacademy.webhook.domain.WebhookRepository;

/**
 * Staff register webhook endpoints for their organisation, admins for any organisation or the whole installation;
 * to staff of another organisation an endpoint does not exist (404), and installation-wide ones are the admins'.
 */
@ApplicationScoped
@Transactional
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int DELIVERIES_SHOWN = 100;

    /** A new endpoint and its signing secret, which is shown this once. */
    public record Registered(WebhookEndpoint endpoint, String secret) {}

    @Inject
    WebhookRepository webhooks;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisations organisations;

    /**
     * @param organisationId for admins: the organisation, or null for the whole installation; staff's endpoints are
     *     always their own organisation's
     */
    public Registered register(String url, List<String> eventNames, Long organisationId) {
        Account caller = currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Long organisation = organisationFor(caller, organisationId);
        String checkedUrl = WebhookAddresses.checked(url).toString();
        List<WebhookEventType> types = types(eventNames);
        String secret = newSecret();
        WebhookEndpoint endpoint = webhooks.add(new WebhookEndpoint(
                organisation,
                checkedUrl,
                types,
                SealedSecrets.fromSettings().seal(secret),
                caller.id(),
                Instant.now()));
        return new Registered(endpoint, secret);
    }

    /** Staff see their organisation's endpoints, admins every one. */
    public List<WebhookEndpoint> all() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        return webhooks.endpoints(currentUser.staffScope());
    }

    public WebhookEndpoint endpoint(long id) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        WebhookEndpoint endpoint = webhooks.endpoint(id).orElseThrow(() -> new NotFoundException("webhook " + id));
        boolean mayManage = endpoint.organisationId() == null
                ? currentUser.hasRole(Role.ADMIN)
                : currentUser.manages(endpoint.organisationId());
        if (!mayManage) {
            throw currentUser.refusal();
        }
        return endpoint;
    }

    /** Removes the endpoint with its delivery log; nothing is sent to it any more. */
    public void delete(long id) {
        webhooks.remove(endpoint(id));
    }

    /** The newest deliveries first, with their outcome. */
    public List<WebhookDelivery> deliveries(long id) {
        return webhooks.deliveries(endpoint(id).id(), DELIVERIES_SHOWN);
    }

    /** Queues a "webhook.test" event for this endpoint alone; the caller then tries it at once (WebhookSender). */
    public WebhookDelivery queueTest(long id) {
        WebhookEndpoint endpoint = endpoint(id);
        Instant now = Instant.now();
        String eventId = UUID.randomUUID().toString();
        String payload = WebhookEvents.payload(
                eventId,
                WebhookEventType.TEST,
                endpoint.organisationId(),
                Jsons.createObjectBuilder().add("webhookId", endpoint.id()).build(),
                now);
        return webhooks.add(new WebhookDelivery(endpoint.id(), eventId, WebhookEventType.TEST, payload, now));
    }

    public WebhookDelivery delivery(long webhookId, long deliveryId) {
        WebhookEndpoint endpoint = endpoint(webhookId);
        return webhooks.delivery(deliveryId)
                .filter(d -> d.endpointId() == endpoint.id())
                .orElseThrow(() -> new NotFoundException("delivery " + deliveryId));
    }

    private Long organisationFor(Account caller, Long requested) {
        if (caller.hasRole(Role.ADMIN)) {
            return requested == null
                    ? null
                    : organisations.requireActive(requested, "organisationId").id();
        }
        if (caller.organisationId() == null) {
            throw new ValidationException("organisationId", "webhook.organisation.required");
        }
        return caller.organisationId();
    }

    private static List<WebhookEventType> types(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new ValidationException("events", "webhook.events.required");
        }
        List<WebhookEventType> types = new ArrayList<>();
        for (String name : names) {
            types.add(WebhookEventType.ofWireName(name == null ? "" : name.strip())
                    .orElseThrow(() -> new ValidationException("events", "webhook.events.unknown")));
        }
        return types;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
