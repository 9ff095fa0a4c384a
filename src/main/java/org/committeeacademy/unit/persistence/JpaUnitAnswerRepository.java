package org.committeeacademy.unit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.unit.domain.UnitAnswer;
import org.committeeacademy.unit.domain.UnitAnswerRepository;
import org.committeeacademy.unit.domain.UnitQuestionRef;

@ApplicationScoped
public class JpaUnitAnswerRepository implements UnitAnswerRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaUnitAnswerRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaUnitAnswerRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<UnitAnswer> find(long cohortId, long memberId, UnitQuestionRef question) {
        return em.createQuery(
                        "SELECT a FROM UnitAnswer a WHERE a.cohortId = :cohort AND a.memberId = :member"
                                + " AND a.moduleKey = :module AND a.unitKey = :unit AND a.questionKey = :question",
                        UnitAnswer.class)
                .setParameter("cohort", cohortId)
                .setParameter("member", memberId)
                .setParameter("module", question.moduleKey())
                .setParameter("unit", question.unitKey())
                .setParameter("question", question.questionKey())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UnitAnswer> ofMember(long cohortId, long memberId) {
        return em.createQuery(
                        "SELECT a FROM UnitAnswer a WHERE a.cohortId = :cohort AND a.memberId = :member ORDER BY a.id",
                        UnitAnswer.class)
                .setParameter("cohort", cohortId)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public List<UnitAnswer> ofCohort(long cohortId) {
        return em.createQuery("SELECT a FROM UnitAnswer a WHERE a.cohortId = :cohort ORDER BY a.id", UnitAnswer.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    @Override
    public List<UnitAnswer> ofAccount(long memberId) {
        return em.createQuery("SELECT a FROM UnitAnswer a WHERE a.memberId = :member ORDER BY a.id", UnitAnswer.class)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public void add(UnitAnswer answer) {
        em.persist(answer);
    }

    @Override
    public void removeOfAccount(long memberId) {
        em.createQuery("DELETE FROM UnitAnswer a WHERE a.memberId = :member")
                .setParameter("member", memberId)
                .executeUpdate();
    }
}
