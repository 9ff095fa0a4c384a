package org.committeeacademy.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.List;
import org.committeeacademy.audit.application.AuditFilter;
import org.committeeacademy.audit.application.AuditLine;
import org.committeeacademy.audit.domain.AuditAction;

/** Reads the view audit_trail (see V12), newest first, one page at a time. */
@ApplicationScoped
public class JpaAuditTrail {

    private static final String FROM = " FROM audit_trail t LEFT JOIN account a ON a.id = t.actor_id";

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaAuditTrail() {}

    JpaAuditTrail(EntityManager em) {
        this.em = em;
    }

    public List<AuditLine> page(AuditFilter filter, int first, int size) {
        AuditTrailQuery q = AuditTrailQuery.of(filter);
        Query query = em.createNativeQuery("SELECT t.source, t.source_id, t.occurred_at, a.display_name, a.email,"
                + " t.action, t.object_type, t.object_id, t.detail" + FROM + q.where()
                + " ORDER BY t.occurred_at DESC, t.source_id DESC OFFSET " + Math.max(0, first)
                + " ROWS FETCH NEXT " + Math.max(1, size) + " ROWS ONLY");
        bind(query, q);
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> line((Object[]) r)).toList();
    }

    public long count(AuditFilter filter) {
        AuditTrailQuery q = AuditTrailQuery.of(filter);
        Query query = em.createNativeQuery("SELECT COUNT(*)" + FROM + q.where());
        bind(query, q);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void bind(Query query, AuditTrailQuery q) {
        for (int i = 0; i < q.parameters().size(); i++) {
            query.setParameter(i + 1, q.parameters().get(i));
        }
    }

    private static AuditLine line(Object[] r) {
        return new AuditLine(
                String.valueOf(r[0]).strip() + "-" + r[1],
                ((Timestamp) r[2]).toInstant(),
                (String) r[3],
                (String) r[4],
                AuditAction.valueOf(String.valueOf(r[5]).strip()),
                r[6] == null ? null : String.valueOf(r[6]).strip(),
                (String) r[7],
                (String) r[8]);
    }
}
