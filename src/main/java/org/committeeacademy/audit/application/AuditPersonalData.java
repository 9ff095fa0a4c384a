package org.committeeacademy.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.audit.domain.AuditEntry;
import org.committeeacademy.audit.persistence.JpaAuditPersonalData;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * Audit lines by or about the person. Erasure keeps the lines (the log must stay whole) but removes the address
 * they name; the actor is then the erased account, which names nobody.
 */
@ApplicationScoped
public class AuditPersonalData implements PersonalDataSection {

    @Inject
    JpaAuditPersonalData data;

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
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        for (JpaAuditPersonalData.Line l : data.linesAbout(accountId)) {
            lines.add(Jsons.createObjectBuilder()
                    .add("at", l.at().toString())
                    .add("action", l.action())
                    .add("object", l.objectType() == null ? "" : l.objectType() + " " + orEmpty(l.objectId()))
                    .add("detail", orEmpty(l.detail())));
        }
        return lines.build();
    }

    @Override
    public void erase(long accountId) {
        data.replaceAddressOf(accountId);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
