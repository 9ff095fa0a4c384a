package org.committeeacademy.material.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * The caller's last visit of a cohort's materials page, and the session dates the page groups by. Callers check
 * access through {@link CohortMaterials#list(long)} first.
 */
@ApplicationScoped
@Transactional
public class MaterialVisits {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CohortRepository cohorts;

    Clock clock = Clock.systemUTC();

    public Optional<Instant> lastVisit(long cohortId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT visited_at FROM material_visit WHERE account_id = ? AND cohort_id = ?")
                .setParameter(1, currentUser.require().id())
                .setParameter(2, cohortId)
                .getResultList();
        return rows.stream().findFirst().map(MaterialVisits::instant);
    }

    /** Remembers now as the caller's last visit. */
    public void record(long cohortId) {
        long account = currentUser.require().id();
        Timestamp now = Timestamp.from(clock.instant());
        int updated = em.createNativeQuery(
                        "UPDATE material_visit SET visited_at = ? WHERE account_id = ? AND cohort_id = ?")
                .setParameter(1, now)
                .setParameter(2, account)
                .setParameter(3, cohortId)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO material_visit (account_id, cohort_id, visited_at) VALUES (?, ?, ?)")
                    .setParameter(1, account)
                    .setParameter(2, cohortId)
                    .setParameter(3, now)
                    .executeUpdate();
        }
    }

    /** Session id to its start (venue local time), in the cohort's order. */
    public Map<Long, LocalDateTime> sessionStarts(long cohortId) {
        Map<Long, LocalDateTime> starts = new LinkedHashMap<>();
        cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId)).sessions().stream()
                .sorted(java.util.Comparator.comparing(Session::start))
                .forEach(s -> starts.put(s.id(), s.start()));
        return starts;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return ((java.util.Date) value).toInstant();
    }
}
