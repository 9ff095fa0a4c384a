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
import org.committeeacademy.notification.domain.OutboxFilter;
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
    public List<OutboxMessage> page(OutboxFilter filter, int first, int size) {
        TypedQuery<OutboxMessage> query = where(
                "SELECT m FROM OutboxMessage m", " ORDER BY m.createdAt DESC, m.id DESC", filter, OutboxMessage.class);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OutboxFilter filter) {
        return where("SELECT COUNT(m) FROM OutboxMessage m", "", filter, Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> where(String select, String order, OutboxFilter filter, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (filter.status() != null) {
            jpql.append(" AND m.status = :status");
        }
        if (filter.recipient() != null) {
            jpql.append(" AND LOWER(m.recipientEmail) = :recipient");
        }
        if (filter.kind() != null) {
            jpql.append(" AND m.notice = :kind");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.recipient() != null) {
            query.setParameter("recipient", filter.recipient());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        return query;
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

    @Override
    public int deleteFinishedBefore(Instant cutOff) {
        return em.createNativeQuery(
                        "DELETE FROM outbox_message" + " WHERE status IN ('SENT', 'FAILED', 'HELD') AND created_at < ?")
                .setParameter(1, Timestamp.from(cutOff))
                .executeUpdate();
    }
}
