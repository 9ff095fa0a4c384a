package org.committeeacademy.worksheet.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetRepository;

@ApplicationScoped
public class JpaWorksheetRepository implements WorksheetRepository {

    private static final List<EnrolmentStatus> SEATED = List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED);

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    @Override
    public Optional<Worksheet> find(long id) {
        return Optional.ofNullable(em.find(Worksheet.class, id));
    }

    @Override
    public List<Worksheet> ofMember(long memberId) {
        return em.createQuery(
                        "SELECT w FROM Worksheet w WHERE w.memberId = :member ORDER BY w.cohortId DESC, w.id",
                        Worksheet.class)
                .setParameter("member", memberId)
                // every sheet's versions in one statement, not one per sheet (the member's home lists them all)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "w.versions")
                .getResultList();
    }

    @Override
    public List<Worksheet> ofCohort(long cohortId) {
        return em.createQuery("SELECT w FROM Worksheet w WHERE w.cohortId = :cohort ORDER BY w.id", Worksheet.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    @Override
    public void add(Worksheet worksheet) {
        em.persist(worksheet);
        em.flush();
    }

    @Override
    public List<Long> seatedCohorts(long memberId) {
        return em.createQuery(
                        "SELECT e.cohort.id FROM Enrolment e WHERE e.memberId = :member AND e.status IN :seated",
                        Long.class)
                .setParameter("member", memberId)
                .setParameter("seated", SEATED)
                .getResultList();
    }

    @Override
    public List<Long> seatedMembers(long cohortId) {
        return em.createQuery(
                        "SELECT e.memberId FROM Enrolment e WHERE e.cohort.id = :cohort AND e.status IN :seated",
                        Long.class)
                .setParameter("cohort", cohortId)
                .setParameter("seated", SEATED)
                .getResultList();
    }
}
