package org.committeeacademy.dashboard.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.dashboard.domain.CohortFigures;
import org.committeeacademy.dashboard.domain.CommitteeGoals;
import org.committeeacademy.dashboard.domain.DashboardFigures;
import org.committeeacademy.dashboard.domain.DashboardFilter;

/**
 * Grouped native queries per dashboard: the cohorts of the filter with their first and last session, then
 * enrolments, certificates, attendance (the sessions' own counts, V58) and worksheets of those cohorts, each summed per
 * cohort by the counted table's own cohort column (its index, V55) and joined up by cohort id here; the goals' figures in {@link GoalFigures}.
 * Draft and cancelled cohorts are not counted. Portable SQL for Derby and PostgreSQL.
 */
@ApplicationScoped
public class JpaDashboardFigures implements DashboardFigures {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaDashboardFigures() {}

    /** For use without a container: tests and the benchmark on embedded Derby. */
    public JpaDashboardFigures(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CohortFigures> cohorts(DashboardFilter filter, LocalDateTime now) {
        Map<Long, Object[]> cohorts = cohortRows(filter, now);
        if (cohorts.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = cohorts.keySet();
        Map<Long, long[]> enrolments = sums(
                "SELECT e.cohort_id,"
                        + " SUM(CASE WHEN e.status IN ('CONFIRMED', 'COMPLETED') THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN e.status = 'WAITLISTED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END)"
                        + " FROM enrolment e WHERE " + DashboardSql.within("e.cohort_id", ids)
                        + " GROUP BY e.cohort_id",
                ids,
                null);
        // a certificate counts with the enrolment it belongs to (any status); a confirmed person with one completed
        Map<Long, long[]> certificates = sums(
                "SELECT ct.cohort_id, SUM(CASE WHEN e.status = 'CONFIRMED' THEN 1 ELSE 0 END), COUNT(*)"
                        + " FROM certificate ct JOIN enrolment e ON e.cohort_id = ct.cohort_id"
                        + " AND e.member_id = ct.member_id WHERE ct.revoked_at IS NULL AND "
                        + DashboardSql.within("ct.cohort_id", ids) + " GROUP BY ct.cohort_id",
                ids,
                null);
        // each session counts its participants by status (V58, kept by the attendance feature with every mark)
        Map<Long, long[]> attendance = sums(
                "SELECT s.cohort_id, SUM(s.present_count), SUM(s.absent_count), SUM(s.excused_count)"
                        + " FROM cohort_session s WHERE s.cancelled = FALSE AND s.starts_at <= ?9 AND "
                        + DashboardSql.within("s.cohort_id", ids) + " GROUP BY s.cohort_id",
                ids,
                now);
        Map<Long, long[]> worksheets = sums(
                "SELECT w.cohort_id, COUNT(*) FROM worksheet w"
                        + " WHERE w.status IN ('SUBMITTED', 'ACCEPTED', 'REVISE') AND "
                        + DashboardSql.within("w.cohort_id", ids) + " GROUP BY w.cohort_id",
                ids,
                null);
        List<CohortFigures> figures = new ArrayList<>();
        for (Map.Entry<Long, Object[]> entry : cohorts.entrySet()) {
            long id = entry.getKey();
            Object[] c = entry.getValue();
            long[] e = enrolments.getOrDefault(id, new long[3]);
            long[] ct = certificates.getOrDefault(id, new long[2]);
            long[] a = attendance.getOrDefault(id, new long[3]);
            long[] w = worksheets.getOrDefault(id, new long[1]);
            LocalDateTime end = ((Timestamp) c[11]).toLocalDateTime();
            figures.add(new CohortFigures(
                    id,
                    (String) c[1],
                    number(c[2]),
                    (String) c[3],
                    (String) c[4],
                    number(c[5]),
                    (String) c[6],
                    ((Timestamp) c[10]).toLocalDateTime(),
                    (int) number(c[7]),
                    (int) number(c[8]),
                    (int) e[0],
                    (int) e[1],
                    (int) a[0],
                    (int) a[1],
                    (int) a[2],
                    (int) (e[2] + ct[0]),
                    (int) w[0],
                    (int) ct[1],
                    "COMPLETED".equals(c[9]) || !end.isAfter(now)));
        }
        return figures;
    }

    @Override
    public CheckInDistribution checkIns(Set<Long> cohortIds) {
        return cohortIds.isEmpty() ? CheckInDistribution.empty() : new GoalFigures(em).checkIns(cohortIds);
    }

    @Override
    public List<CommitteeGoals.Line> committeeGoals(Set<Long> cohortIds) {
        return cohortIds.isEmpty() ? List.of() : new GoalFigures(em).committeeGoals(cohortIds);
    }

    /** Id → c.id, title, series id, de, en, venue id, name, capacity, seats taken, status, first start, last end. */
    private Map<Long, Object[]> cohortRows(DashboardFilter filter, LocalDateTime now) {
        Query query = em.createNativeQuery("SELECT c.id, c.title, sr.id, sr.title_de, sr.title_en, v.id, v.name,"
                + " c.capacity, c.seats_taken, c.status, MIN(s.starts_at), MAX(s.ends_at)"
                + " FROM cohort c JOIN series sr ON sr.id = c.series_id JOIN venue v ON v.id = c.venue_id"
                + " JOIN cohort_session s ON s.cohort_id = c.id WHERE" + DashboardSql.narrowing(filter)
                + " GROUP BY c.id, c.title, sr.id, sr.title_de, sr.title_en, v.id, v.name,"
                + " c.capacity, c.seats_taken, c.status"
                + " HAVING MIN(s.starts_at) >= ?3 AND MIN(s.starts_at) < ?4"
                + " ORDER BY MIN(s.starts_at), c.title");
        DashboardSql.bind(query, filter);
        query.setParameter(3, Timestamp.valueOf(filter.from().atStartOfDay()));
        query.setParameter(4, Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        Map<Long, Object[]> rows = new java.util.LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            rows.put(number(r[0]), r);
        }
        return rows;
    }

    /** Cohort id → the figures after it, for the cohorts asked (a query without their list reads every one). */
    private Map<Long, long[]> sums(String sql, Collection<Long> cohortIds, LocalDateTime now) {
        Query query = em.createNativeQuery(sql);
        if (now != null) {
            query.setParameter(9, Timestamp.valueOf(now));
        }
        Map<Long, long[]> sums = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            if (!cohortIds.contains(number(r[0]))) {
                continue;
            }
            long[] values = new long[r.length - 1];
            for (int i = 1; i < r.length; i++) {
                values[i - 1] = r[i] == null ? 0 : number(r[i]);
            }
            sums.put(number(r[0]), values);
        }
        return sums;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
