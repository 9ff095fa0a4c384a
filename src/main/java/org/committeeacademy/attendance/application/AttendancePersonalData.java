package org.committeeacademy.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.attendance.domain.Attendance;
import org.committeeacademy.attendance.domain.AttendanceChange;
import org.committeeacademy.attendance.persistence.JpaAttendancePersonalData;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * A member's attendance per session, their apologies, the absence warnings they had and their presses of
 * "Teilnehmen". Erasure keeps the marks (attendance rates name nobody once the account is anonymised) but removes the
 * apology notes and the presses.
 */
@ApplicationScoped
public class AttendancePersonalData implements PersonalDataSection {

    @Inject
    JpaAttendancePersonalData data;

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
        JsonArrayBuilder sessions = Jsons.createArrayBuilder();
        data.attendanceOf(accountId).forEach(a -> {
            JsonObjectBuilder line = Jsons.createObjectBuilder()
                    .add("cohort", a.session().cohort().title())
                    .add("session", a.session().start().toString())
                    .add("status", a.status().map(Enum::name).orElse(""))
                    .add("apologySent", a.hasApology());
            if (a.apologyNote() != null) {
                line.add("apologyNote", a.apologyNote());
            }
            sessions.add(line);
        });
        JsonArrayBuilder warnings = Jsons.createArrayBuilder();
        for (JpaAttendancePersonalData.Warning w : data.warningsOf(accountId)) {
            warnings.add(Jsons.createObjectBuilder()
                    .add("cohort", w.cohort())
                    .add("absences", w.absences())
                    .add("warnedAt", w.warnedAt().toString()));
        }
        JsonArrayBuilder joins = Jsons.createArrayBuilder();
        for (JpaAttendancePersonalData.Join j : data.joinsOf(accountId)) {
            joins.add(Jsons.createObjectBuilder()
                    .add("cohort", j.cohort())
                    .add("session", j.session())
                    .add("firstJoinedAt", j.first().toString())
                    .add("lastJoinedAt", j.last().toString()));
        }
        return Jsons.createObjectBuilder()
                .add("sessions", sessions)
                .add("absenceWarnings", warnings)
                .add("onlineJoins", joins)
                .build();
    }

    @Override
    public void erase(long accountId) {
        data.clearApologyNotes(accountId);
        data.deleteJoins(accountId);
    }
}
