package org.committeeacademy.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Set;
import org.committeeacademy.audit.domain.AuditEntry;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * Audit lines by or about the person. Erasure keeps the lines (the log must stay whole) but removes the address
 * they name; the actor is then the erased account, which names nobody.
 */
@ApplicationScoped
public class AuditPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public String key() {
        return "auditLog";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(AuditEntry.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT e.occurred_at, e.action, e.object_type, e.object_id, e.detail"
                        + " FROM audit_entry e WHERE e.actor_id = ? OR (e.object_type = 'ACCOUNT' AND (e.object_id ="
                        + " (SELECT email FROM account WHERE id = ?) OR e.object_id = ?)) ORDER BY e.occurred_at")
                .setParameter(1, accountId)
                .setParameter(2, accountId)
                .setParameter(3, String.valueOf(accountId))
                .getResultList()) {
            Object[] r = (Object[]) row;
            lines.add(Json.createObjectBuilder()
                    .add("at", ((Timestamp) r[0]).toInstant().toString())
                    .add("action", String.valueOf(r[1]).strip())
                    .add("object", r[2] == null ? "" : r[2] + " " + (r[3] == null ? "" : r[3]))
                    .add("detail", r[4] == null ? "" : String.valueOf(r[4])));
        }
        return lines.build();
    }

    @Override
    public void erase(long accountId) {
        em.createNativeQuery("UPDATE audit_entry SET object_id = ? WHERE object_type = 'ACCOUNT'"
                        + " AND object_id = (SELECT email FROM account WHERE id = ?)")
                .setParameter(1, "erased-" + accountId)
                .setParameter(2, accountId)
                .executeUpdate();
    }
}
