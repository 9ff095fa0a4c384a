package org.committeeacademy.project.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.committeeacademy.project.domain.Project;

/** The queries behind the project feature's part of a person's data export and erasure. */
@ApplicationScoped
public class JpaProjectPersonalData {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaProjectPersonalData() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaProjectPersonalData(EntityManager em) {
        this.em = em;
    }

    public List<Project> createdBy(long accountId) {
        return em.createQuery("SELECT p FROM Project p WHERE p.createdBy = :id ORDER BY p.id", Project.class)
                .setParameter("id", accountId)
                .getResultList();
    }

    /** The person's places in projects, with the project's title. */
    public List<Object[]> participationsOf(long accountId) {
        return em.createQuery(
                        "SELECT p.description.title, x FROM Project p JOIN p.participants x WHERE x.accountId = :id"
                                + " ORDER BY x.joinedAt",
                        Object[].class)
                .setParameter("id", accountId)
                .getResultList();
    }

    public List<Object[]> updatesBy(long accountId) {
        return em.createQuery(
                        "SELECT p.description.title, u FROM Project p JOIN p.updates u WHERE u.authorId = :id"
                                + " ORDER BY u.postedAt",
                        Object[].class)
                .setParameter("id", accountId)
                .getResultList();
    }

    /**
     * The person leaves every project, their updates go, and the projects they made or checked in on keep no trace of
     * them (the check-in's scores stay: they name nobody and make up the committee's figures).
     */
    public void erase(long accountId) {
        em.createNativeQuery("DELETE FROM project_update WHERE author_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM project_participant WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("UPDATE project SET created_by = NULL WHERE created_by = ?")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("UPDATE project_check_in SET note = NULL, recorded_by = NULL WHERE recorded_by = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }
}
