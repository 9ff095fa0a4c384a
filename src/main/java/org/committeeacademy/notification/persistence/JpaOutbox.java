package org.committeeacademy.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.notification.domain.DeliveryStatus;
import org.committeeacademy.notification.domain.OutboxMessage;
import org.committeeacademy.notification.domain.OutboxRepository;

@ApplicationScoped
public class JpaOutbox implements OutboxRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    @Override
    public List<OutboxMessage> page(DeliveryStatus status, int first, int size) {
        TypedQuery<OutboxMessage> query = status == null
                ? em.createQuery(
                        "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class)
                : em.createQuery(
                                "SELECT m FROM OutboxMessage m WHERE m.status = :status"
                                        + " ORDER BY m.createdAt DESC, m.id DESC",
                                OutboxMessage.class)
                        .setParameter("status", status);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(DeliveryStatus status) {
        return status == null
                ? em.createQuery("SELECT COUNT(m) FROM OutboxMessage m", Long.class)
                        .getSingleResult()
                : em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :status", Long.class)
                        .setParameter("status", status)
                        .getSingleResult();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return em.createQuery(
                        "SELECT m.id FROM OutboxMessage m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                                + " ORDER BY m.nextAttemptAt, m.id",
                        Long.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claim(long id, Instant leaseUntil) {
        return em.createNativeQuery("UPDATE outbox_message SET status = 'SENDING', next_attempt_at = ?"
                                + " WHERE id = ? AND status = 'PENDING'")
                        .setParameter(1, Timestamp.from(leaseUntil))
                        .setParameter(2, id)
                        .executeUpdate()
                == 1;
    }

    @Override
    public int releaseExpiredLeases(Instant now) {
        return em.createNativeQuery("UPDATE outbox_message SET status = 'PENDING'"
                        + " WHERE status = 'SENDING' AND next_attempt_at < ?")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
    }
}
