package org.committeeacademy.enrolment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.committeeacademy.enrolment.domain.Enrolment;

/** The queries behind the enrolment feature's part of a person's data export and erasure. */
@ApplicationScoped
public class JpaEnrolmentPersonalData {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaEnrolmentPersonalData() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaEnrolmentPersonalData(EntityManager em) {
        this.em = em;
    }

    /** The member's enrolments, oldest first. */
    public List<Enrolment> enrolmentsOf(long memberId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.memberId = :id ORDER BY e.createdAt", Enrolment.class)
                .setParameter("id", memberId)
                .getResultList();
    }

    /** Clears the decision notes of the member's enrolments and the notes in their history. */
    public void clearNotesOf(long memberId) {
        em.createNativeQuery("UPDATE enrolment_change SET note = NULL WHERE enrolment_id IN"
                        + " (SELECT id FROM enrolment WHERE member_id = ?)")
                .setParameter(1, memberId)
                .executeUpdate();
        em.createNativeQuery("UPDATE enrolment SET decision_note = NULL WHERE member_id = ?")
                .setParameter(1, memberId)
                .executeUpdate();
    }
}
