package org.committeeacademy.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The queries behind the audit feature's part of a person's data export and erasure. */
@ApplicationScoped
public class JpaAuditPersonalData {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaAuditPersonalData() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaAuditPersonalData(EntityManager em) {
        this.em = em;
    }

    /** Lines the person caused, and lines about their account (named by its id or its e-mail address). */
    public List<Line> linesAbout(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT e.occurred_at, e.action, e.object_type, e.object_id, e.detail"
                        + " FROM audit_entry e WHERE e.actor_id = ? OR (e.object_type = 'ACCOUNT' AND (e.object_id ="
                        + " (SELECT email FROM account WHERE id = ?) OR e.object_id = ?)) ORDER BY e.occurred_at")
                .setParameter(1, accountId)
                .setParameter(2, accountId)
                .setParameter(3, String.valueOf(accountId))
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Line(
                        ((Timestamp) r[0]).toInstant(),
                        String.valueOf(r[1]).strip(),
                        text(r[2]),
                        text(r[3]),
                        text(r[4])))
                .toList();
    }

    /** Lines about the account that name it by its e-mail address name it "erased-" and its id instead. */
    public void replaceAddressOf(long accountId) {
        em.createNativeQuery("UPDATE audit_entry SET object_id = ? WHERE object_type = 'ACCOUNT'"
                        + " AND object_id = (SELECT email FROM account WHERE id = ?)")
                .setParameter(1, "erased-" + accountId)
                .setParameter(2, accountId)
                .executeUpdate();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** An audit line; objectType, objectId and detail may be null. */
    public record Line(Instant at, String action, String objectType, String objectId, String detail) {}
}
