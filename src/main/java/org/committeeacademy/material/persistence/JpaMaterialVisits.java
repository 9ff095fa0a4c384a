package org.committeeacademy.material.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Each person's last visit of a cohort's materials page (table material_visit): one row per person and cohort. */
@ApplicationScoped
public class JpaMaterialVisits {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaMaterialVisits() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaMaterialVisits(EntityManager em) {
        this.em = em;
    }

    public Optional<Instant> lastVisit(long accountId, long cohortId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT visited_at FROM material_visit WHERE account_id = ? AND cohort_id = ?")
                .setParameter(1, accountId)
                .setParameter(2, cohortId)
                .getResultList();
        return rows.stream().findFirst().map(JpaMaterialVisits::instant);
    }

    public void record(long accountId, long cohortId, Instant at) {
        Timestamp now = Timestamp.from(at);
        int updated = em.createNativeQuery(
                        "UPDATE material_visit SET visited_at = ? WHERE account_id = ? AND cohort_id = ?")
                .setParameter(1, now)
                .setParameter(2, accountId)
                .setParameter(3, cohortId)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO material_visit (account_id, cohort_id, visited_at) VALUES (?, ?, ?)")
                    .setParameter(1, accountId)
                    .setParameter(2, cohortId)
                    .setParameter(3, now)
                    .executeUpdate();
        }
    }

    /** The person's last visit per cohort, with the cohort's title. */
    public List<Visit> visitsOf(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT c.title, v.visited_at FROM material_visit v"
                        + " JOIN cohort c ON c.id = v.cohort_id WHERE v.account_id = ?")
                .setParameter(1, accountId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Visit(String.valueOf(r[0]), instant(r[1])))
                .toList();
    }

    public void forgetVisitsOf(long accountId) {
        em.createNativeQuery("DELETE FROM material_visit WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    /** The column comes back as whichever date type the driver picks for a TIMESTAMP. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return ((Date) value).toInstant();
    }

    public record Visit(String cohort, Instant lastVisit) {}
}
