package org.committeeacademy.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Set;
import org.committeeacademy.attendance.domain.Attendance;
import org.committeeacademy.attendance.domain.AttendanceChange;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * A member's attendance per session, their apologies and the absence warnings they had. Erasure keeps the marks
 * (attendance rates name nobody once the account is anonymised) but removes the apology notes.
 */
@ApplicationScoped
public class AttendancePersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public String key() {
        return "attendance";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Attendance.class, AttendanceChange.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder sessions = Json.createArrayBuilder();
        em.createQuery(
                        "SELECT a FROM Attendance a WHERE a.member.id = :id ORDER BY a.session.startsAt",
                        Attendance.class)
                .setParameter("id", accountId)
                .getResultList()
                .forEach(a -> {
                    JsonObjectBuilder line = Json.createObjectBuilder()
                            .add("cohort", a.session().cohort().title())
                            .add("session", a.session().start().toString())
                            .add("status", a.status().map(Enum::name).orElse(""))
                            .add("apologySent", a.hasApology());
                    if (a.apologyNote() != null) {
                        line.add("apologyNote", a.apologyNote());
                    }
                    sessions.add(line);
                });
        JsonArrayBuilder warnings = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT c.title, w.absences, w.warned_at FROM absence_warning w"
                        + " JOIN enrolment e ON e.id = w.enrolment_id JOIN cohort c ON c.id = e.cohort_id"
                        + " WHERE e.member_id = ? ORDER BY w.warned_at")
                .setParameter(1, accountId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            warnings.add(Json.createObjectBuilder()
                    .add("cohort", String.valueOf(r[0]))
                    .add("absences", ((Number) r[1]).intValue())
                    .add("warnedAt", ((Timestamp) r[2]).toInstant().toString()));
        }
        return Json.createObjectBuilder()
                .add("sessions", sessions)
                .add("absenceWarnings", warnings)
                .build();
    }

    @Override
    public void erase(long accountId) {
        em.createNativeQuery("UPDATE attendance SET apology_note = NULL WHERE member_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }
}
