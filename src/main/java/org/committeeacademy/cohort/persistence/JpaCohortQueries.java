package org.committeeacademy.cohort.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
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
import org.committeeacademy.cohort.domain.EnrolmentFigures;
import org.committeeacademy.cohort.domain.EnrolmentFigures.Seating;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.shared.persistence.InLists;

@ApplicationScoped
public class JpaCohortQueries implements CohortQueries {

    private static final Seating NOBODY = new Seating(0, 0);
    private static final String SESSIONS_IN_PERIOD = "SELECT DISTINCT s.cohort.id FROM Session s"
            + " WHERE s.cancelled = FALSE AND s.endsAt >= :from AND s.startsAt < :to";

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    @Inject
    EnrolmentFigures figures;

    public JpaCohortQueries() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaCohortQueries(EntityManager em, EnrolmentFigures figures) {
        this.em = em;
        this.figures = figures;
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
        List<Long> ids = figures.cohortsOf(memberId);
        if (ids.isEmpty()) {
            return List.of();
        }
        return overviews(em.createQuery("SELECT c FROM Cohort c WHERE c.id IN :ids", Cohort.class)
                .setParameter("ids", InLists.padded(ids))
                .getResultList());
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
        if (filter.organisationId() != null) {
            jpql.append(" AND c.venue.organisationId = :organisation");
            parameters.put("organisation", filter.organisationId());
        }
        if (filter.status() != null) {
            jpql.append(" AND c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.from() != null || filter.to() != null) {
            // on its own: in a subquery EclipseLink sent "cancelled = FALSE" to Derby as "= 0" (refused for BOOLEAN)
            List<Long> withSessions = cohortsWithSessionsIn(filter);
            jpql.append(" AND c.id IN :withSessions"); // no cohort has the id -1: an empty IN is not portable
            parameters.put("withSessions", withSessions.isEmpty() ? List.of(-1L) : withSessions);
        }
        TypedQuery<Cohort> query = em.createQuery(jpql.toString(), Cohort.class);
        parameters.forEach(query::setParameter);
        return overviews(query.getResultList());
    }

    private List<Long> cohortsWithSessionsIn(CohortFilter filter) { // sessions not called off; open ends reach far
        LocalDate from = filter.from() == null ? LocalDate.of(1900, 1, 1) : filter.from();
        LocalDate to = filter.to() == null ? LocalDate.of(9998, 12, 31) : filter.to();
        return em.createQuery(SESSIONS_IN_PERIOD, Long.class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList();
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
        List<Long> ids = figures.cohortsConfirmedFor(memberId);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Session> sessions = em.createQuery(
                        "SELECT s FROM Session s WHERE s.cohort.id IN :ids"
                                + " AND s.endsAt >= :from AND s.cancelled = FALSE"
                                + " AND s.cohort.status <> :cancelled ORDER BY s.startsAt",
                        Session.class)
                .setParameter("ids", ids)
                .setParameter("cancelled", CohortStatus.CANCELLED)
                .setParameter("from", from)
                .setMaxResults(max)
                .getResultList();
        return sessionOverviews(sessions);
    }

    private List<SessionOverview> sessionOverviews(List<Session> sessions) {
        Map<Long, Seating> counts = figures.seating(
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
                        s.hasOnlineRoom(),
                        counts.getOrDefault(s.cohort().id(), NOBODY).seated()))
                .toList();
    }

    private List<CohortOverview> overviews(List<Cohort> cohorts) {
        List<Long> ids = cohorts.stream().map(Cohort::id).toList();
        Map<Long, Seating> counts = figures.seating(ids);
        Map<Long, LocalDateTime[]> dates = sessionDates(ids);
        return cohorts.stream()
                .map(c -> {
                    Seating seats = counts.getOrDefault(c.id(), NOBODY);
                    LocalDateTime[] span = dates.getOrDefault(c.id(), new LocalDateTime[2]);
                    return new CohortOverview(
                            c.id(),
                            c.title(),
                            c.series().title(),
                            c.venue().name(),
                            c.venue().city(),
                            c.organisationId(),
                            c.status(),
                            c.capacity(),
                            seats.seated(),
                            seats.waiting(),
                            span[0],
                            span[1]);
                })
                .sorted((a, b) -> compareNullsLast(a.firstSession(), b.firstSession()))
                .toList();
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
                .setParameter("ids", InLists.padded(cohortIds))
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
