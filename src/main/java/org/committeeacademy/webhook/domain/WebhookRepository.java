package org.committeeacademy.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Endpoints, their deliveries (the outbox) and the cursor over enrolment changes already announced. */
public interface WebhookRepository {

    WebhookEndpoint add(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> endpoint(long id);

    /** Every endpoint (admins), or those of one organisation (staff). */
    List<WebhookEndpoint> endpoints(Optional<Long> organisationId);

    /** Endpoints that may hear of an event in this organisation: its own and the installation-wide ones. */
    List<WebhookEndpoint> listening(Long organisationId);

    void remove(WebhookEndpoint endpoint);

    /** The endpoints this person registered (their personal data: who set up which address). */
    List<WebhookEndpoint> createdBy(long accountId);

    /** The endpoints stay (they belong to the organisation); who registered them is forgotten. */
    void forgetCreator(long accountId);

    WebhookDelivery add(WebhookDelivery delivery);

    Optional<WebhookDelivery> delivery(long id);

    /** Newest first. */
    List<WebhookDelivery> deliveries(long endpointId, int limit);

    /** PENDING and due, or SENDING with a lease that ran out (the instance died). */
    List<Long> due(Instant now, int limit);

    /** Takes the delivery for one attempt if nobody else holds it; true if this caller won it. */
    boolean claim(long deliveryId, Instant now, Instant leaseUntil);

    /** The last id of a source already announced (locked for the transaction); empty before the first time. */
    Optional<Long> cursor(String source);

    void moveCursor(String source, long lastId);
}
