package org.committeeacademy.worksheet.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.shared.persistence.InLists;
import org.committeeacademy.worksheet.domain.StartedSheet;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetHeading;
import org.committeeacademy.worksheet.domain.WorksheetRepository;
import org.committeeacademy.worksheet.domain.WorksheetStatus;

@ApplicationScoped
public class JpaWorksheetRepository implements WorksheetRepository {

    private static final List<EnrolmentStatus> SEATED = EnrolmentStatus.seated();

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaWorksheetRepository() {}

    public JpaWorksheetRepository(EntityManager em) {
        this.em = em;
    }

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
    public List<WorksheetHeading> headingsOf(long memberId) {
        return em.createQuery(
                        "SELECT w.id, w.cohortId, w.status, w.title FROM Worksheet w WHERE w.memberId = :member"
                                + " ORDER BY w.cohortId DESC, w.id",
                        Object[].class)
                .setParameter("member", memberId)
                .getResultStream()
                .map(row -> new WorksheetHeading(
                        (Long) row[0],
                        (Long) row[1],
                        (WorksheetStatus) row[2],
                        row[3] != null ? (String) row[3] : WorksheetHeading.titleOf(templateOf((Long) row[0]))))
                .toList();
    }

    /** Only where no title is kept (longer than its column): the template is read whole (a CLOB on Derby). */
    private String templateOf(long worksheetId) {
        return em.createQuery("SELECT w.template FROM Worksheet w WHERE w.id = :id", String.class)
                .setParameter("id", worksheetId)
                .getSingleResult();
    }

    @Override
    public Set<StartedSheet> started(long cohortId, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery(
                        "SELECT w.memberId, w.moduleKey, w.templateKey FROM Worksheet w"
                                + " WHERE w.cohortId = :cohort AND w.memberId IN :members",
                        Object[].class)
                .setParameter("cohort", cohortId)
                .setParameter("members", InLists.padded(memberIds))
                .getResultStream()
                .map(row -> new StartedSheet((Long) row[0], (String) row[1], (String) row[2]))
                .collect(Collectors.toSet());
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
