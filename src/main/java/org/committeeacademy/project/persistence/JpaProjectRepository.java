package org.committeeacademy.project.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.project.domain.Project;
import org.committeeacademy.project.domain.ProjectRepository;

/** Projects, their participants, updates and check-ins (cascaded from the project). */
@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaProjectRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaProjectRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Project> find(long id) {
        return Optional.ofNullable(em.find(Project.class, id));
    }

    @Override
    public List<Project> candidates(
            long accountId,
            Long committeeId,
            Collection<Long> cohorts,
            Long organisationId,
            boolean everyOrganisation) {
        if (everyOrganisation) {
            return em.createQuery("SELECT p FROM Project p ORDER BY p.createdAt DESC", Project.class)
                    .getResultList();
        }
        List<Long> cohortIds = new ArrayList<>(cohorts);
        cohortIds.add(-1L); // an IN list must not be empty
        String where = "p.id IN (SELECT pp.project.id FROM ProjectParticipant pp WHERE pp.accountId = :me)"
                + " OR p.cohortId IN :cohorts"
                + (committeeId != null ? " OR p.committeeId = :committee" : "")
                + (organisationId != null ? " OR p.organisationId = :organisation" : "");
        TypedQuery<Project> query = em.createQuery(
                        "SELECT p FROM Project p WHERE " + where + " ORDER BY p.createdAt DESC", Project.class)
                .setParameter("me", accountId)
                .setParameter("cohorts", cohortIds);
        if (committeeId != null) {
            query.setParameter("committee", committeeId);
        }
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return query.getResultList();
    }

    @Override
    public List<Project> ofOrganisation(Long organisationId) {
        if (organisationId == null) {
            return em.createQuery("SELECT p FROM Project p", Project.class).getResultList();
        }
        return em.createQuery("SELECT p FROM Project p WHERE p.organisationId = :o", Project.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public List<Project> startedBy(LocalDate day) {
        return em.createQuery("SELECT p FROM Project p WHERE p.startedOn <= :day ORDER BY p.id", Project.class)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public void add(Project project) {
        em.persist(project);
        em.flush();
    }
}
