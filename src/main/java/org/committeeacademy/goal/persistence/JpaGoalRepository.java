package org.committeeacademy.goal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.goal.domain.GoalRepository;

/** Goals; who shares a committee with whom comes from the committee feature. */
@ApplicationScoped
public class JpaGoalRepository implements GoalRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaGoalRepository() {}

    public JpaGoalRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Goal> find(long id) {
        return Optional.ofNullable(em.find(Goal.class, id));
    }

    @Override
    public void lockForCheckIn(long id) {
        em.find(Goal.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Goal> ofWorksheet(long worksheetId) {
        return em.createQuery("SELECT g FROM Goal g WHERE g.worksheetId = :w ORDER BY g.position", Goal.class)
                .setParameter("w", worksheetId)
                .getResultList();
    }

    @Override
    public List<Goal> visibleTo(long accountId, Collection<Long> colleaguesOfCommittee) {
        List<Long> colleagues = new ArrayList<>(colleaguesOfCommittee);
        colleagues.add(-1L); // an IN list must not be empty
        return em.createQuery(
                        "SELECT g FROM Goal g WHERE g.ownerId = :me OR (g.shared = TRUE AND g.ownerId IN :colleagues)"
                                + " ORDER BY g.courseEnd DESC, g.worksheetId, g.position",
                        Goal.class)
                .setParameter("me", accountId)
                .setParameter("colleagues", colleagues)
                .getResultList();
    }

    @Override
    public List<Goal> endedBy(LocalDate day) {
        return em.createQuery("SELECT g FROM Goal g WHERE g.courseEnd <= :day ORDER BY g.id", Goal.class)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public void add(Goal goal) {
        em.persist(goal);
        em.flush();
    }

    @Override
    public void remove(Goal goal) {
        em.remove(goal);
    }
}
