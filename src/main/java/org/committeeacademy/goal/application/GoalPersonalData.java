package org.committeeacademy.goal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.goal.domain.GoalCheckIn;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * A member's goals, their check-ins (also on goals shared with them) and the committee they named. Erasure blanks
 * the goals' texts and the notes and forgets the committee, but keeps the scores on the −2..+2 scale, which name
 * nobody and make up the committee's figures.
 */
@ApplicationScoped
public class GoalPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

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
        JsonArrayBuilder goals = Json.createArrayBuilder();
        em.createQuery("SELECT g FROM Goal g WHERE g.ownerId = :id ORDER BY g.id", Goal.class)
                .setParameter("id", accountId)
                .getResultList()
                .forEach(g -> goals.add(Json.createObjectBuilder()
                        .add("cohort", g.cohortTitle())
                        .add("what", g.what())
                        .add("indicator", orEmpty(g.indicator()))
                        .add("baseline", orEmpty(g.baseline()))
                        .add("target", orEmpty(g.target()))
                        .add("deadline", orEmpty(g.deadline()))
                        .add("responsible", orEmpty(g.responsible()))
                        .add("resources", orEmpty(g.resources()))
                        .add("shared", g.isShared())));
        JsonArrayBuilder checkIns = Json.createArrayBuilder();
        em.createQuery("SELECT c FROM GoalCheckIn c WHERE c.accountId = :id ORDER BY c.recordedAt", GoalCheckIn.class)
                .setParameter("id", accountId)
                .getResultList()
                .forEach(c -> {
                    JsonObjectBuilder line = Json.createObjectBuilder()
                            .add("checkpointMonths", c.checkpoint().months())
                            .add("attainment", c.attainment())
                            .add("recordedAt", c.recordedAt().toString());
                    if (c.note() != null) {
                        line.add("note", c.note());
                    }
                    checkIns.add(line);
                });
        // a list, not a stream: findFirst() refuses the NULL of a member who named no committee
        java.util.List<?> committee = em.createNativeQuery("SELECT committee FROM account WHERE id = ?")
                .setParameter(1, accountId)
                .getResultList();
        return Json.createObjectBuilder()
                .add(
                        "committee",
                        committee.isEmpty() || committee.get(0) == null ? "" : String.valueOf(committee.get(0)))
                .add("goals", goals)
                .add("checkIns", checkIns)
                .build();
    }

    @Override
    public void erase(long accountId) {
        em.createNativeQuery("UPDATE goal SET goal_what = '–', goal_indicator = NULL, goal_baseline = NULL,"
                        + " goal_target = NULL, goal_responsible = NULL, goal_resources = NULL, shared = FALSE"
                        + " WHERE owner_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("UPDATE goal_check_in SET note = NULL WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("UPDATE account SET committee = NULL WHERE id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
