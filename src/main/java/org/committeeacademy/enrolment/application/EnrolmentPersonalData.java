package org.committeeacademy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentChange;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * A person's enrolments with their history. Erasure keeps the rows (seats and waiting lists were real) but clears
 * the free-text notes and reasons, which may name or describe the person.
 */
@ApplicationScoped
public class EnrolmentPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public String key() {
        return "enrolments";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Enrolment.class, EnrolmentChange.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Enrolment e : mine(accountId)) {
            JsonArrayBuilder history = Json.createArrayBuilder();
            for (EnrolmentChange c : e.history()) {
                JsonObjectBuilder line = Json.createObjectBuilder()
                        .add("at", c.changedAt().toString())
                        .add("to", c.to().name())
                        .add("cause", c.cause().name());
                if (c.from() != null) {
                    line.add("from", c.from().name());
                }
                if (c.note() != null) {
                    line.add("note", c.note());
                }
                history.add(line);
            }
            JsonObjectBuilder row = Json.createObjectBuilder()
                    .add("id", e.id())
                    .add("cohort", e.cohort().title())
                    .add("status", e.status().name())
                    .add("createdAt", e.createdAt().toString())
                    .add("history", history);
            if (e.decisionNote() != null) {
                row.add("decisionNote", e.decisionNote());
            }
            list.add(row);
        }
        return list.build();
    }

    @Override
    public void erase(long accountId) {
        em.createNativeQuery("UPDATE enrolment_change SET note = NULL WHERE enrolment_id IN"
                        + " (SELECT id FROM enrolment WHERE member_id = ?)")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("UPDATE enrolment SET decision_note = NULL WHERE member_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    private java.util.List<Enrolment> mine(long accountId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.memberId = :id ORDER BY e.createdAt", Enrolment.class)
                .setParameter("id", accountId)
                .getResultList();
    }
}
