package org.committeeacademy.privacy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Finds the accounts the retention period has run out for. */
@ApplicationScoped
public class JpaRetention {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaRetention() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaRetention(EntityManager em) {
        this.em = em;
    }

    /**
     * Accounts not erased yet that hold the member role and no other, opened before {@code openedBefore}, with no
     * session of a cohort they enrolled in ending at or after {@code lastSessionBefore} (venue local time, as
     * sessions are stored).
     */
    public List<Long> membersDue(Instant openedBefore, LocalDateTime lastSessionBefore) {
        List<?> ids = em.createNativeQuery("SELECT a.id FROM account a WHERE a.erased_at IS NULL"
                        + " AND a.created_at < ?"
                        + " AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role_name = 'MEMBER')"
                        + " AND NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id"
                        + "   AND r.role_name IN ('TRAINER', 'STAFF', 'COORDINATOR', 'ADMIN'))"
                        + " AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN cohort_session s ON s.cohort_id = e.cohort_id"
                        + "   WHERE e.member_id = a.id AND s.ends_at >= ?)")
                .setParameter(1, Timestamp.from(openedBefore))
                .setParameter(2, Timestamp.valueOf(lastSessionBefore))
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
