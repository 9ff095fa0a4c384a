package org.committeeacademy.worksheet.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.util.Set;
import org.committeeacademy.shared.persistence.SqlText;
import org.committeeacademy.shared.personaldata.PersonalDataSection;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetVersion;

/**
 * A member's worksheets with every submitted version and the trainers' comments. Erasure empties the answers and
 * comments but keeps each worksheet's state, so "worksheets submitted" still counts right.
 */
@ApplicationScoped
public class WorksheetPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public String key() {
        return "worksheets";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Worksheet.class, WorksheetVersion.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT w.id, c.title, w.module_key, w.template_key, w.status, w.answers"
                        + " FROM worksheet w JOIN cohort c ON c.id = w.cohort_id WHERE w.member_id = ? ORDER BY w.id")
                .setParameter(1, accountId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            list.add(Json.createObjectBuilder()
                    .add("cohort", String.valueOf(r[1]))
                    .add("module", String.valueOf(r[2]))
                    .add("template", String.valueOf(r[3]))
                    .add("status", String.valueOf(r[4]).strip())
                    .add("answers", json(SqlText.of(r[5])))
                    .add("versions", versions(id)));
        }
        return list.build();
    }

    private JsonArrayBuilder versions(long worksheetId) {
        JsonArrayBuilder versions = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery(
                        "SELECT version_no, submitted_at, answers, decision, comments, reviewed_at"
                                + " FROM worksheet_version WHERE worksheet_id = ? ORDER BY version_no")
                .setParameter(1, worksheetId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            JsonObjectBuilder version = Json.createObjectBuilder()
                    .add("number", ((Number) r[0]).intValue())
                    .add("submittedAt", ((Timestamp) r[1]).toInstant().toString())
                    .add("answers", json(SqlText.of(r[2])));
            if (r[3] != null) {
                version.add("decision", String.valueOf(r[3]).strip());
                version.add("comments", json(SqlText.of(r[4])));
                version.add("reviewedAt", ((Timestamp) r[5]).toInstant().toString());
            }
            versions.add(version);
        }
        return versions;
    }

    @Override
    public void erase(long accountId) {
        em.createNativeQuery("UPDATE worksheet_version SET answers = '{}', comments = NULL, reviewer_name = NULL"
                        + " WHERE worksheet_id IN (SELECT id FROM worksheet WHERE member_id = ?)")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("UPDATE worksheet SET answers = '{}' WHERE member_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    private static JsonValue json(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.NULL;
        }
        try {
            return Json.createReader(new StringReader(text)).readValue();
        } catch (RuntimeException notJson) {
            return Json.createValue(text);
        }
    }
}
