package org.committeeacademy.council.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.committeeacademy.council.domain.CouncilMeeting;
import org.committeeacademy.council.domain.CouncilOrganization;
import org.committeeacademy.council.domain.CouncilPaper;
import org.committeeacademy.council.domain.CouncilRepository;
import org.committeeacademy.council.domain.CouncilSource;
import org.committeeacademy.shared.persistence.InLists;

@ApplicationScoped
public class JpaCouncilRepository implements CouncilRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaCouncilRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaCouncilRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CouncilSource> source(long committeeId) {
        return Optional.ofNullable(em.find(CouncilSource.class, committeeId));
    }

    @Override
    public CouncilSource add(CouncilSource source) {
        em.persist(source);
        return source;
    }

    @Override
    public List<CouncilSource> sources() {
        return em.createQuery("SELECT s FROM CouncilSource s ORDER BY s.committeeId", CouncilSource.class)
                .getResultList();
    }

    @Override
    public List<CouncilOrganization> organizations(long committeeId) {
        return em.createQuery(
                        "SELECT o FROM CouncilOrganization o WHERE o.committeeId = :c ORDER BY o.name",
                        CouncilOrganization.class)
                .setParameter("c", committeeId)
                .getResultList();
    }

    @Override
    public void replaceOrganizations(long committeeId, List<CouncilOrganization> organizations) {
        em.createQuery("DELETE FROM CouncilOrganization o WHERE o.committeeId = :c")
                .setParameter("c", committeeId)
                .executeUpdate();
        organizations.forEach(em::persist);
    }

    @Override
    public List<CouncilMeeting> meetings(long committeeId) {
        return em.createQuery(
                        "SELECT m FROM CouncilMeeting m WHERE m.committeeId = :c ORDER BY m.start, m.id",
                        CouncilMeeting.class)
                .setParameter("c", committeeId)
                .getResultList();
    }

    @Override
    public List<CouncilMeeting> meetingsFrom(long committeeId, Instant from) {
        return em.createQuery(
                        "SELECT m FROM CouncilMeeting m WHERE m.committeeId = :c AND m.start >= :from"
                                + " ORDER BY m.start, m.id",
                        CouncilMeeting.class)
                .setParameter("c", committeeId)
                .setParameter("from", from)
                .getResultList();
    }

    @Override
    public List<CouncilMeeting> meetingsByOparlIds(long committeeId, Collection<String> oparlIds) {
        if (oparlIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT m FROM CouncilMeeting m WHERE m.committeeId = :c AND m.oparlId IN :ids",
                        CouncilMeeting.class)
                .setParameter("c", committeeId)
                .setParameter("ids", InLists.padded(oparlIds))
                .getResultList();
    }

    @Override
    public CouncilMeeting addMeeting(CouncilMeeting meeting) {
        em.persist(meeting);
        return meeting;
    }

    @Override
    public void removeMeeting(CouncilMeeting meeting) {
        em.remove(meeting);
    }

    @Override
    public List<CouncilPaper> papers(long committeeId) {
        return em.createQuery("SELECT p FROM CouncilPaper p WHERE p.committeeId = :c ORDER BY p.id", CouncilPaper.class)
                .setParameter("c", committeeId)
                .getResultList();
    }

    @Override
    public Optional<CouncilPaper> paper(long committeeId, String oparlId) {
        return em.createQuery(
                        "SELECT p FROM CouncilPaper p WHERE p.committeeId = :c AND p.oparlId = :id", CouncilPaper.class)
                .setParameter("c", committeeId)
                .setParameter("id", oparlId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CouncilPaper> searchPapers(long committeeId, String text, int limit) {
        String pattern =
                "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return em.createQuery(
                        "SELECT p FROM CouncilPaper p WHERE p.committeeId = :c AND (LOWER(p.name) LIKE :q"
                                + " OR LOWER(p.reference) LIKE :q) ORDER BY p.date DESC, p.id DESC",
                        CouncilPaper.class)
                .setParameter("c", committeeId)
                .setParameter("q", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public CouncilPaper addPaper(CouncilPaper paper) {
        em.persist(paper);
        return paper;
    }

    @Override
    public void removePaper(CouncilPaper paper) {
        em.remove(paper);
    }
}
