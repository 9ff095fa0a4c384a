package org.committeeacademy.webhook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.webhook.domain.WebhookDelivery;
import org.committeeacademy.webhook.domain.WebhookEndpoint;
import org.committeeacademy.webhook.domain.WebhookRepository;

@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public JpaWebhookRepository() {}

    JpaWebhookRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<WebhookEndpoint> createdBy(long accountId) {
        return em.createQuery(
                        "SELECT e FROM WebhookEndpoint e WHERE e.createdBy = :account ORDER BY e.id",
                        WebhookEndpoint.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public void forgetCreator(long accountId) {
        em.createQuery("UPDATE WebhookEndpoint e SET e.createdBy = NULL WHERE e.createdBy = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    @Override
    public WebhookEndpoint add(WebhookEndpoint endpoint) {
        em.persist(endpoint);
        em.flush();
        return endpoint;
    }

    @Override
    public Optional<WebhookEndpoint> endpoint(long id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
    }

    @Override
    public List<WebhookEndpoint> endpoints(Optional<Long> organisationId) {
        return organisationId
                .map(org -> em.createQuery(
                                "SELECT e FROM WebhookEndpoint e WHERE e.organisationId = :org ORDER BY e.id",
                                WebhookEndpoint.class)
                        .setParameter("org", org)
                        .getResultList())
                .orElseGet(() -> em.createQuery("SELECT e FROM WebhookEndpoint e ORDER BY e.id", WebhookEndpoint.class)
                        .getResultList());
    }

    @Override
    public List<WebhookEndpoint> listening(Long organisationId) {
        if (organisationId == null) {
            return em.createQuery(
                            "SELECT e FROM WebhookEndpoint e WHERE e.organisationId IS NULL ORDER BY e.id",
                            WebhookEndpoint.class)
                    .getResultList();
        }
        return em.createQuery(
                        "SELECT e FROM WebhookEndpoint e WHERE e.organisationId IS NULL OR e.organisationId = :org"
                                + " ORDER BY e.id",
                        WebhookEndpoint.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    @Override
    public void remove(WebhookEndpoint endpoint) {
        em.createQuery("DELETE FROM WebhookDelivery d WHERE d.endpointId = :id")
                .setParameter("id", endpoint.id())
                .executeUpdate();
        em.remove(endpoint);
    }

    @Override
    public WebhookDelivery add(WebhookDelivery delivery) {
        em.persist(delivery);
        return delivery;
    }

    @Override
    public Optional<WebhookDelivery> delivery(long id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    @Override
    public List<WebhookDelivery> deliveries(long endpointId, int limit) {
        return em.createQuery(
                        "SELECT d FROM WebhookDelivery d WHERE d.endpointId = :id ORDER BY d.id DESC",
                        WebhookDelivery.class)
                .setParameter("id", endpointId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return em.createQuery(
                        "SELECT d.id FROM WebhookDelivery d WHERE (d.status = :pending AND d.nextAttemptAt <= :now)"
                                + " OR (d.status = :sending AND d.leaseUntil < :now) ORDER BY d.nextAttemptAt, d.id",
                        Long.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("sending", WebhookDelivery.Status.SENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claim(long deliveryId, Instant now, Instant leaseUntil) {
        return em.createNativeQuery("UPDATE webhook_delivery SET status = 'SENDING', lease_until = ? WHERE id = ?"
                                + " AND ((status = 'PENDING' AND next_attempt_at <= ?)"
                                + " OR (status = 'SENDING' AND lease_until < ?))")
                        .setParameter(1, Timestamp.from(leaseUntil))
                        .setParameter(2, deliveryId)
                        .setParameter(3, Timestamp.from(now))
                        .setParameter(4, Timestamp.from(now))
                        .executeUpdate()
                == 1;
    }

    @Override
    public Optional<Long> cursor(String source) {
        List<?> rows = em.createNativeQuery("SELECT last_id FROM webhook_cursor WHERE source = ? FOR UPDATE")
                .setParameter(1, source)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    @Override
    public void moveCursor(String source, long lastId) {
        int updated = em.createNativeQuery("UPDATE webhook_cursor SET last_id = ? WHERE source = ?")
                .setParameter(1, lastId)
                .setParameter(2, source)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO webhook_cursor (source, last_id) VALUES (?, ?)")
                    .setParameter(1, source)
                    .setParameter(2, lastId)
                    .executeUpdate();
        }
    }
}
