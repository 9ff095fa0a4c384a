package org.committeeacademy.goal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.goal.domain.GoalCheckIn;

/** The queries behind the goal feature's part of a person's data export and erasure. */
@ApplicationScoped
public class JpaGoalPersonalData {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaGoalPersonalData() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaGoalPersonalData(EntityManager em) {
        this.em = em;
    }

    public List<Goal> goalsOf(long accountId) {
        return em.createQuery("SELECT g FROM Goal g WHERE g.ownerId = :id ORDER BY g.id", Goal.class)
                .setParameter("id", accountId)
                .getResultList();
    }

    /** Check-ins the person recorded, on their own goals and on goals shared with them. */
    public List<GoalCheckIn> checkInsBy(long accountId) {
        return em.createQuery(
                        "SELECT c FROM GoalCheckIn c WHERE c.accountId = :id ORDER BY c.recordedAt", GoalCheckIn.class)
                .setParameter("id", accountId)
                .getResultList();
    }

    public void blankGoalsOf(long accountId) {
        em.createNativeQuery("UPDATE goal SET goal_what = '–', goal_indicator = NULL, goal_baseline = NULL,"
                        + " goal_target = NULL, goal_responsible = NULL, goal_resources = NULL, shared = FALSE"
                        + " WHERE owner_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    public void clearCheckInNotesBy(long accountId) {
        em.createNativeQuery("UPDATE goal_check_in SET note = NULL WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }
}
