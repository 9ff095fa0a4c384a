package org.committeeacademy.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.survey.domain.ScheduledSession;
import org.committeeacademy.survey.domain.SurveySchedules;

/** The courses, sessions and seats surveys are timed by, read from the cohort and enrolment tables for many cohorts at once. */
@ApplicationScoped
public class JpaSurveySchedules implements SurveySchedules {

    private static final String SEATED = "('CONFIRMED', 'COMPLETED')";

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaSurveySchedules() {}

    public JpaSurveySchedules(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Long> seriesOfCohort(long cohortId) {
        return em.createNativeQuery("SELECT series_id FROM cohort WHERE id = ?")
                .setParameter(1, cohortId)
                .getResultStream()
                .findFirst()
                .map(v -> ((Number) v).longValue());
    }

    @Override
    public String cohortTitle(long cohortId) {
        return (String) em.createNativeQuery("SELECT title FROM cohort WHERE id = ?")
                .setParameter(1, cohortId)
                .getSingleResult();
    }

    @Override
    public List<ScheduledSession> sessionsOf(Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT s.cohort_id, m.module_key, m.title_de, m.title_en, s.starts_at,"
                + " s.ends_at FROM cohort_session s JOIN training_module m ON m.id = s.module_id"
                + " JOIN cohort c ON c.id = s.cohort_id"
                + " WHERE s.cancelled = FALSE AND c.status <> 'CANCELLED' AND s.cohort_id IN ("
                + SqlLists.marks(cohortIds)
                + ")");
        SqlLists.bind(query, 1, cohortIds);
        return SqlLists.rows(query).stream()
                .map(r -> new ScheduledSession(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        new LocalizedText((String) r[2], (String) r[3]),
                        ((Timestamp) r[4]).toLocalDateTime(),
                        ((Timestamp) r[5]).toLocalDateTime()))
                .toList();
    }

    @Override
    public Map<Long, String> seatsOf(long accountId) {
        Map<Long, String> seats = new LinkedHashMap<>();
        SqlLists.rows(em.createNativeQuery("SELECT c.id, c.title FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
                                + " WHERE e.member_id = ? AND e.status IN " + SEATED + " ORDER BY c.id")
                        .setParameter(1, accountId))
                .forEach(r -> seats.put(((Number) r[0]).longValue(), (String) r[1]));
        return seats;
    }

    @Override
    public List<Long> cohortsEndingAfter(Instant since) {
        return ((List<?>) em.createNativeQuery("SELECT DISTINCT s.cohort_id FROM cohort_session s"
                                + " JOIN cohort c ON c.id = s.cohort_id"
                                + " WHERE c.status <> 'CANCELLED' AND s.ends_at > ?")
                        .setParameter(1, Timestamp.from(since))
                        .getResultList())
                .stream().map(v -> ((Number) v).longValue()).toList();
    }

    @Override
    public Map<Long, List<Long>> seatedIn(Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        Query query = em.createNativeQuery("SELECT cohort_id, member_id FROM enrolment WHERE status IN " + SEATED
                + " AND cohort_id IN (" + SqlLists.marks(cohortIds) + ")");
        SqlLists.bind(query, 1, cohortIds);
        return SqlLists.rows(query).stream()
                .collect(Collectors.groupingBy(
                        r -> ((Number) r[0]).longValue(),
                        Collectors.mapping(r -> ((Number) r[1]).longValue(), Collectors.toList())));
    }
}
