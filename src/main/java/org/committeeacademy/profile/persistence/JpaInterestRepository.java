package org.committeeacademy.profile.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.profile.domain.InterestEntry;
import org.committeeacademy.profile.domain.InterestRepository;
import org.committeeacademy.shared.domain.AcademyTime;

/** Interest entries; which cohorts they were told about is a plain table, read and written with SQL. */
@ApplicationScoped
public class JpaInterestRepository implements InterestRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaInterestRepository() {}

    public JpaInterestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public InterestEntry add(InterestEntry entry) {
        em.persist(entry);
        return entry;
    }

    @Override
    public Optional<InterestEntry> byToken(String token) {
        return em.createQuery("SELECT e FROM InterestEntry e WHERE e.token = :t", InterestEntry.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<InterestEntry> find(long venueId, String email) {
        return em.createQuery(
                        "SELECT e FROM InterestEntry e WHERE e.venueId = :v AND e.email = :m", InterestEntry.class)
                .setParameter("v", venueId)
                .setParameter("m", email)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<InterestEntry> atVenue(long venueId) {
        return em.createQuery(
                        "SELECT e FROM InterestEntry e WHERE e.venueId = :v ORDER BY e.createdAt, e.id",
                        InterestEntry.class)
                .setParameter("v", venueId)
                .getResultList();
    }

    @Override
    public List<InterestEntry> withEmail(String email) {
        return em.createQuery("SELECT e FROM InterestEntry e WHERE e.email = :m ORDER BY e.id", InterestEntry.class)
                .setParameter("m", email)
                .getResultList();
    }

    @Override
    public void remove(InterestEntry entry) {
        em.remove(entry);
    }

    @Override
    public Set<Long> toldAbout(long cohortId) {
        Set<Long> told = new HashSet<>();
        em.createNativeQuery("SELECT entry_id FROM interest_notice WHERE cohort_id = ?")
                .setParameter(1, cohortId)
                .getResultList()
                .forEach(id -> told.add(((Number) id).longValue()));
        return told;
    }

    @Override
    public void recordTold(long entryId, long cohortId, Instant now) {
        em.createNativeQuery("INSERT INTO interest_notice (entry_id, cohort_id, notified_at) VALUES (?, ?, ?)")
                .setParameter(1, entryId)
                .setParameter(2, cohortId)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    @Override
    public List<Long> openCohortsWithInterest() {
        Date today = Date.valueOf(LocalDate.now(AcademyTime.ZONE));
        return em
                .createNativeQuery("SELECT c.id FROM cohort c WHERE c.status = 'OPEN'"
                        + " AND (c.enrolment_opens IS NULL OR c.enrolment_opens <= ?)"
                        + " AND (c.enrolment_closes IS NULL OR c.enrolment_closes >= ?)"
                        + " AND EXISTS (SELECT 1 FROM interest_entry i WHERE i.venue_id = c.venue_id"
                        + "   AND i.confirmed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM interest_notice n"
                        + "     WHERE n.entry_id = i.id AND n.cohort_id = c.id))"
                        + " ORDER BY c.id")
                .setParameter(1, today)
                .setParameter(2, today)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }

    @Override
    public List<InterestEntry> all() {
        return em.createQuery("SELECT e FROM InterestEntry e", InterestEntry.class)
                .getResultList();
    }
}
