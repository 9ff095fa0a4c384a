package org.committeeacademy.dashboard.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.dashboard.domain.CohortFigures;
import org.committeeacademy.dashboard.domain.DashboardFigures;
import org.committeeacademy.dashboard.domain.DashboardFilter;
import org.committeeacademy.dashboard.domain.GoalTotals;

/**
 * Grouped native queries per dashboard: the cohorts of the filter with their first and last session, then
 * enrolments (with the certificates their members hold, V61), attendance (the sessions' own counts, V58) and
 * worksheets of those cohorts, each summed per cohort by the counted table's own cohort column (its index, V55) and
 * joined up by cohort id here; the goals' figures in {@link GoalFigures}. Draft and cancelled cohorts are not
 * counted. Portable SQL for Derby and PostgreSQL.
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
        Map<Long, Object[]> cohorts = cohortRows(filter);
        if (cohorts.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = cohorts.keySet();
        Map<Long, long[]> enrolments = enrolments(ids);
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
            long[] e = enrolments.getOrDefault(id, new long[4]);
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
                    (int) e[2],
                    (int) w[0],
                    (int) e[3],
                    "COMPLETED".equals(c[9]) || !end.isAfter(now)));
        }
        return figures;
    }

    @Override
    public GoalTotals goals(Set<Long> cohortIds) {
        return cohortIds.isEmpty() ? GoalTotals.none() : new GoalFigures(em).goals(cohortIds);
    }

    /**
     * Id → c.id, title, series id, de, en, venue id, name, capacity, seats taken, status, first start, last end: the
     * cohorts of the filter whose first session begins in the period, by first start and title. Two reads joined up
     * here: Derby grouped every session joined with its cohort, series and venue by all their columns (~130 ms at ten
     * times the state), where each cohort's first and last session come from the sessions' own index.
     */
    private Map<Long, Object[]> cohortRows(DashboardFilter filter) {
        Query query = em.createNativeQuery("SELECT c.id, c.title, sr.id, sr.title_de, sr.title_en, v.id, v.name,"
                + " c.capacity, c.seats_taken, c.status"
                + " FROM cohort c JOIN series sr ON sr.id = c.series_id JOIN venue v ON v.id = c.venue_id WHERE"
                + DashboardSql.narrowing(filter));
        DashboardSql.bind(query, filter);
        Map<Long, Object[]> cohorts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            cohorts.put(number(r[0]), r);
        }
        if (cohorts.isEmpty()) {
            return Map.of();
        }
        Timestamp from = Timestamp.valueOf(filter.from().atStartOfDay());
        Timestamp until = Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay());
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT s.cohort_id, MIN(s.starts_at), MAX(s.ends_at)"
                        + " FROM cohort_session s WHERE " + DashboardSql.within("s.cohort_id", cohorts.keySet())
                        + " GROUP BY s.cohort_id")
                .getResultList()) {
            Object[] span = (Object[]) row;
            Object[] c = cohorts.get(number(span[0]));
            Timestamp first = (Timestamp) span[1];
            if (c != null && !first.before(from) && first.before(until)) {
                Object[] r = Arrays.copyOf(c, 12);
                r[10] = first;
                r[11] = span[2];
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparing((Object[] r) -> (Timestamp) r[10]).thenComparing(r -> (String) r[1]));
        Map<Long, Object[]> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(number(r[0]), r));
        return byId;
    }

    /**
     * Cohort id → seated (confirmed or completed), waiting, completed, certificates: the enrolments counted by status
     * and whether their member holds a valid certificate (kept by the certificate feature, V61). A confirmed person
     * with a certificate completed; a certificate counts with its enrolment, whatever its status.
     */
    private Map<Long, long[]> enrolments(Collection<Long> cohortIds) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT e.cohort_id, e.status, e.certified, COUNT(*) FROM enrolment e"
                        + " WHERE " + DashboardSql.within("e.cohort_id", cohortIds)
                        + " GROUP BY e.cohort_id, e.status, e.certified")
                .getResultList()) {
            Object[] r = (Object[]) row;
            if (!cohortIds.contains(number(r[0]))) {
                continue;
            }
            long[] c = counts.computeIfAbsent(number(r[0]), id -> new long[4]);
            long n = number(r[3]);
            boolean certified = Boolean.TRUE.equals(r[2]);
            c[3] += certified ? n : 0;
            switch ((String) r[1]) {
                case "CONFIRMED" -> {
                    c[0] += n;
                    c[2] += certified ? n : 0;
                }
                case "COMPLETED" -> {
                    c[0] += n;
                    c[2] += n;
                }
                case "WAITLISTED" -> c[1] += n;
                default -> {
                    // requested, offered, declined, cancelled: not counted
                }
            }
        }
        return counts;
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
