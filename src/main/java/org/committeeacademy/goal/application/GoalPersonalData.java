package org.committeeacademy.goal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.goal.domain.GoalCheckIn;
import org.committeeacademy.goal.persistence.JpaGoalPersonalData;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * A member's goals and their check-ins (also on goals shared with them); the committee is the committee feature's
 * section. Erasure blanks the goals' texts and the notes, but keeps the scores on the −2..+2 scale, which name nobody
 * and make up the committee's figures.
 */
@ApplicationScoped
public class GoalPersonalData implements PersonalDataSection {

    @Inject
    JpaGoalPersonalData data;

    @Override
    public String key() {
        return "goals";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Goal.class, GoalCheckIn.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder owned = Jsons.createArrayBuilder();
        data.goalsOf(accountId)
                .forEach(g -> owned.add(Jsons.createObjectBuilder()
                        .add("cohort", g.cohortTitle())
                        .add("what", g.what())
                        .add("indicator", orEmpty(g.indicator()))
                        .add("baseline", orEmpty(g.baseline()))
                        .add("target", orEmpty(g.target()))
                        .add("deadline", orEmpty(g.deadline()))
                        .add("responsible", orEmpty(g.responsible()))
                        .add("resources", orEmpty(g.resources()))
                        .add("shared", g.isShared())
                        .add("councilPaper", orEmpty(g.paperOparlId()))));
        JsonArrayBuilder checkIns = Jsons.createArrayBuilder();
        data.checkInsBy(accountId).forEach(c -> {
            JsonObjectBuilder line = Jsons.createObjectBuilder()
                    .add("checkpointMonths", c.checkpoint().months())
                    .add("attainment", c.attainment())
                    .add("recordedAt", c.recordedAt().toString());
            if (c.note() != null) {
                line.add("note", c.note());
            }
            checkIns.add(line);
        });
        return Jsons.createObjectBuilder()
                .add("goals", owned)
                .add("checkIns", checkIns)
                .build();
    }

    @Override
    public void erase(long accountId) {
        data.blankGoalsOf(accountId);
        data.clearCheckInNotesBy(accountId);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
