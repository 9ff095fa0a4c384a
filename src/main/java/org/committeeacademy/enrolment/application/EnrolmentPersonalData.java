package org.committeeacademy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentChange;
import org.committeeacademy.enrolment.persistence.JpaEnrolmentPersonalData;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * A person's enrolments with their history. Erasure keeps the rows (seats and waiting lists were real) but clears
 * the free-text notes and reasons, which may name or describe the person.
 */
@ApplicationScoped
public class EnrolmentPersonalData implements PersonalDataSection {

    @Inject
    JpaEnrolmentPersonalData data;

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
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (Enrolment e : data.enrolmentsOf(accountId)) {
            JsonArrayBuilder history = Jsons.createArrayBuilder();
            for (EnrolmentChange c : e.history()) {
                JsonObjectBuilder line = Jsons.createObjectBuilder()
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
            JsonObjectBuilder row = Jsons.createObjectBuilder()
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
        data.clearNotesOf(accountId);
    }
}
