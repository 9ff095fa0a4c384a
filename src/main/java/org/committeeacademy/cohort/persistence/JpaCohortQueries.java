package org.committeeacademy.cohort.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.cohort.application.Booking;
import org.committeeacademy.cohort.application.CohortFilter;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.cohort.application.CohortQueries;
import org.committeeacademy.cohort.application.SessionOverview;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;

@ApplicationScoped
public class JpaCohortQueries implements CohortQueries {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaCohortQueries() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaCohortQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CohortOverview> cohorts(Collection<CohortStatus> statuses) {
        List<Cohort> cohorts = em.createQuery(
                        "SELECT c FROM Cohort c JOIN FETCH c.venue JOIN FETCH c.series WHERE c.status IN :statuses",
                        Cohort.class)
                .setParameter("statuses", statuses)
                .getResultList();
        return overviews(cohorts);
    }

    @Override
    public List<CohortOverview> cohortsOf(long memberId) {
        List<Cohort> cohorts = em.createQuery(
                        "SELECT e.cohort FROM Enrolment e WHERE e.member.id = :member AND e.status <> :cancelled",
                        Cohort.class)
                .setParameter("member", memberId)
                .setParameter("cancelled", EnrolmentStatus.CANCELLED)
                .getResultList();
        return overviews(cohorts);
    }

    @Override
    public List<CohortOverview> cohorts(CohortFilter filter) {
        StringBuilder jpql =
                new StringBuilder("SELECT c FROM Cohort c JOIN FETCH c.venue JOIN FETCH c.series WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.seriesId() != null) {
            jpql.append(" AND c.series.id = :series");
            parameters.put("series", filter.seriesId());
        }
        if (filter.venueId() != null) {
            jpql.append(" AND c.venue.id = :venue");
            parameters.put("venue", filter.venueId());
        }
        if (filter.status() != null) {
            jpql.append(" AND c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.from() != null || filter.to() != null) {
            jpql.append(" AND EXISTS (SELECT s.id FROM Session s WHERE s.cohort = c AND s.cancelled = FALSE");
            if (filter.from() != null) {
                jpql.append(" AND s.endsAt >= :from");
                parameters.put("from", filter.from().atStartOfDay());
            }
            if (filter.to() != null) {
                jpql.append(" AND s.startsAt < :to");
                parameters.put("to", filter.to().plusDays(1).atStartOfDay());
            }
            jpql.append(")");
        }
        TypedQuery<Cohort> query = em.createQuery(jpql.toString(), Cohort.class);
        parameters.forEach(query::setParameter);
        return overviews(query.getResultList());
    }

    @Override
    public List<Booking> bookings(long venueId, LocalDateTime from, LocalDateTime to) {
        return em
                .createQuery(
                        "SELECT s FROM Session s JOIN FETCH s.room JOIN FETCH s.cohort WHERE s.room.venue.id = :venue"
                                + " AND s.cancelled = FALSE AND s.cohort.status <> :cancelled"
                                + " AND s.startsAt < :to AND s.endsAt > :from ORDER BY s.startsAt",
                        Session.class)
                .setParameter("venue", venueId)
                .setParameter("cancelled", CohortStatus.CANCELLED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(s -> new Booking(
                        s.id(),
                        s.cohort().id(),
                        s.cohort().title(),
                        s.module().title(),
                        s.room().id(),
                        s.room().name(),
                        s.start(),
                        s.end()))
                .toList();
    }

    @Override
    public List<SessionOverview> pastSessionsTaughtBy(long trainerId, LocalDateTime before, int max) {
        List<Session> sessions = em.createQuery(
                        "SELECT s FROM Session s JOIN s.trainers t WHERE t.id = :trainer AND s.endsAt < :before"
                                + " AND s.cancelled = FALSE AND s.cohort.status <> :cancelled ORDER BY s.startsAt DESC",
                        Session.class)
                .setParameter("trainer", trainerId)
                .setParameter("before", before)
                .setParameter("cancelled", CohortStatus.CANCELLED)
                .setMaxResults(max)
                .getResultList();
        return sessionOverviews(sessions);
    }

    @Override
    public List<SessionOverview> sessionsTaughtBy(long trainerId, LocalDateTime from, int max) {
        List<Session> sessions = em.createQuery(
                        "SELECT s FROM Session s JOIN s.trainers t WHERE t.id = :trainer AND s.endsAt >= :from"
                                + " AND s.cancelled = FALSE AND s.cohort.status <> :cancelled ORDER BY s.startsAt",
                        Session.class)
                .setParameter("trainer", trainerId)
                .setParameter("from", from)
                .setParameter("cancelled", CohortStatus.CANCELLED)
                .setMaxResults(max)
                .getResultList();
        return sessionOverviews(sessions);
    }

    @Override
    public List<SessionOverview> sessionsAttendedBy(long memberId, LocalDateTime from, int max) {
        List<Session> sessions = em.createQuery(
                        "SELECT s FROM Session s, Enrolment e WHERE e.cohort = s.cohort AND e.member.id = :member"
                                + " AND e.status = :confirmed AND s.endsAt >= :from AND s.cancelled = FALSE"
                                + " AND s.cohort.status <> :cancelled ORDER BY s.startsAt",
                        Session.class)
                .setParameter("member", memberId)
                .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
                .setParameter("cancelled", CohortStatus.CANCELLED)
                .setParameter("from", from)
                .setMaxResults(max)
                .getResultList();
        return sessionOverviews(sessions);
    }

    private List<SessionOverview> sessionOverviews(List<Session> sessions) {
        Map<Long, long[]> counts = seatCounts(
                sessions.stream().map(s -> s.cohort().id()).distinct().toList());
        return sessions.stream()
                .map(s -> new SessionOverview(
                        s.id(),
                        s.cohort().id(),
                        s.cohort().title(),
                        s.module().title(),
                        s.start(),
                        s.end(),
                        s.cohort().venue().name(),
                        s.cohort().venue().address(),
                        s.room() == null ? null : s.room().name(),
                        counts.getOrDefault(s.cohort().id(), new long[2])[0]))
                .toList();
    }

    private List<CohortOverview> overviews(List<Cohort> cohorts) {
        List<Long> ids = cohorts.stream().map(Cohort::id).toList();
        Map<Long, long[]> counts = seatCounts(ids);
        Map<Long, LocalDateTime[]> dates = sessionDates(ids);
        return cohorts.stream()
                .map(c -> {
                    long[] seats = counts.getOrDefault(c.id(), new long[2]);
                    LocalDateTime[] span = dates.getOrDefault(c.id(), new LocalDateTime[2]);
                    return new CohortOverview(
                            c.id(),
                            c.title(),
                            c.series().title(),
                            c.venue().name(),
                            c.venue().city(),
                            c.status(),
                            c.capacity(),
                            seats[0],
                            seats[1],
                            span[0],
                            span[1]);
                })
                .sorted((a, b) -> compareNullsLast(a.firstSession(), b.firstSession()))
                .toList();
    }

    /** Per cohort id: [seats taken (confirmed, offered, completed), waitlisted]. */
    private Map<Long, long[]> seatCounts(List<Long> cohortIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT e.cohort.id, e.status, COUNT(e) FROM Enrolment e WHERE e.cohort.id IN :ids"
                                + " AND e.status IN :statuses GROUP BY e.cohort.id, e.status",
                        Object[].class)
                .setParameter("ids", cohortIds)
                .setParameter(
                        "statuses",
                        List.of(
                                EnrolmentStatus.CONFIRMED,
                                EnrolmentStatus.OFFERED,
                                EnrolmentStatus.WAITLISTED,
                                EnrolmentStatus.COMPLETED))
                .getResultList();
        for (Object[] row : rows) {
            long[] seats = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            seats[row[1] == EnrolmentStatus.WAITLISTED ? 1 : 0] += ((Number) row[2]).longValue();
        }
        return counts;
    }

    /** Per cohort id: [first session start, last session end]. */
    private Map<Long, LocalDateTime[]> sessionDates(List<Long> cohortIds) {
        Map<Long, LocalDateTime[]> dates = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return dates;
        }
        em.createQuery(
                        "SELECT s.cohort.id, MIN(s.startsAt), MAX(s.endsAt) FROM Session s WHERE s.cohort.id IN :ids"
                                + " AND s.cancelled = FALSE GROUP BY s.cohort.id",
                        Object[].class)
                .setParameter("ids", cohortIds)
                .getResultList()
                .forEach(row ->
                        dates.put((Long) row[0], new LocalDateTime[] {(LocalDateTime) row[1], (LocalDateTime) row[2]}));
        return dates;
    }

    private static int compareNullsLast(LocalDateTime a, LocalDateTime b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }
}
