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
 * Five grouped native queries per dashboard: the cohorts with their first and last session, then enrolments (with
 * certificates), attendance, worksheets and goal check-ins, each summed per cohort and joined up by cohort id here.
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
        Map<Long, long[]> enrolments = sums(
                "SELECT e.cohort_id,"
                        + " SUM(CASE WHEN e.status IN ('CONFIRMED', 'COMPLETED') THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN e.status = 'WAITLISTED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN e.status = 'COMPLETED' OR (e.status = 'CONFIRMED' AND ct.id IS NOT NULL)"
                        + " THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN ct.id IS NULL THEN 0 ELSE 1 END)"
                        + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
                        + " LEFT JOIN certificate ct ON ct.cohort_id = e.cohort_id AND ct.member_id = e.member_id"
                        + " AND ct.revoked_at IS NULL WHERE",
                "e.cohort_id",
                filter,
                cohorts.keySet(),
                null);
        Map<Long, long[]> attendance = sums(
                "SELECT s.cohort_id,"
                        + " SUM(CASE WHEN a.status = 'PRESENT' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.status = 'ABSENT' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.status = 'EXCUSED' THEN 1 ELSE 0 END)"
                        + " FROM attendance a JOIN cohort_session s ON s.id = a.session_id"
                        + " JOIN cohort c ON c.id = s.cohort_id"
                        + " WHERE a.status IS NOT NULL AND s.cancelled = FALSE AND s.starts_at <= ?9 AND",
                "s.cohort_id",
                filter,
                cohorts.keySet(),
                now);
        Map<Long, long[]> worksheets = sums(
                "SELECT w.cohort_id, COUNT(*) FROM worksheet w JOIN cohort c ON c.id = w.cohort_id"
                        + " WHERE w.status IN ('SUBMITTED', 'ACCEPTED', 'REVISE') AND",
                "w.cohort_id",
                filter,
                cohorts.keySet(),
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
    public CheckInDistribution checkIns(DashboardFilter filter, Set<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return CheckInDistribution.empty();
        }
        Query query = em.createNativeQuery("SELECT w.cohort_id, g.attainment, COUNT(*) FROM goal_check_in g"
                + " JOIN goal gl ON gl.id = g.goal_id JOIN worksheet w ON w.id = gl.worksheet_id"
                + " JOIN cohort c ON c.id = w.cohort_id WHERE" + DashboardSql.narrowing(filter)
                + DashboardSql.within(cohortIds)
                + " GROUP BY w.cohort_id, g.attainment");
        DashboardSql.bind(query, filter);
        CheckInDistribution distribution = CheckInDistribution.empty();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            if (cohortIds.contains(number(r[0]))) {
                distribution = distribution.plus((int) number(r[1]), number(r[2]));
            }
        }
        return distribution;
    }

    @Override
    public List<CommitteeGoals.Line> committeeGoals(DashboardFilter filter, Set<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        Query query =
                em.createNativeQuery("SELECT cm.id, cm.name, cm.municipality, gl.owner_id, gl.id, g.attainment, c.id"
                        + " FROM goal gl JOIN worksheet w ON w.id = gl.worksheet_id JOIN cohort c ON c.id = w.cohort_id"
                        + " JOIN committee_membership m ON m.account_id = gl.owner_id AND m.status = 'CONFIRMED'"
                        + " JOIN committee cm ON cm.id = m.committee_id"
                        + " LEFT JOIN goal_check_in g ON g.goal_id = gl.id WHERE" + DashboardSql.narrowing(filter)
                        + DashboardSql.within(cohortIds));
        DashboardSql.bind(query, filter);
        Set<Long> decided = goalsWithACouncilDecision();
        List<CommitteeGoals.Line> lines = new java.util.ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            if (cohortIds.contains(number(r[6]))) {
                lines.add(new CommitteeGoals.Line(
                        number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        number(r[3]),
                        number(r[4]),
                        r[5] == null ? null : (int) number(r[5]),
                        decided.contains(number(r[4]))));
            }
        }
        return lines;
    }

    /**
     * Goals whose paper (imported from the owner's committee's council system) has a result in a consultation that
     * decides: marked authoritative, or in a meeting of the council.
     */
    private Set<Long> goalsWithACouncilDecision() {
        List<?> rows = em.createNativeQuery("SELECT DISTINCT gl.id FROM goal gl"
                        + " JOIN committee_membership m ON m.account_id = gl.owner_id AND m.status = 'CONFIRMED'"
                        + " JOIN council_paper p ON p.committee_id = m.committee_id AND p.oparl_id = gl.paper_oparl_id"
                        + " JOIN council_consultation cc ON cc.paper_id = p.id"
                        + " JOIN council_meeting mt ON mt.committee_id = p.committee_id"
                        + " AND mt.oparl_id = cc.meeting_oparl_id"
                        + " JOIN council_agenda_item ai ON ai.meeting_id = mt.id"
                        + " AND ai.oparl_id = cc.agenda_item_oparl_id"
                        + " WHERE ai.result IS NOT NULL AND (cc.authoritative = TRUE OR mt.organ = 'COUNCIL')")
                .getResultList();
        Set<Long> ids = new java.util.HashSet<>();
        for (Object id : rows) {
            ids.add(number(id));
        }
        return ids;
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

    private Map<Long, long[]> sums(
            String select, String groupBy, DashboardFilter filter, Collection<Long> cohortIds, LocalDateTime now) {
        Query query = em.createNativeQuery(
                select + DashboardSql.narrowing(filter) + DashboardSql.within(cohortIds) + " GROUP BY " + groupBy);
        DashboardSql.bind(query, filter);
        if (now != null) {
            query.setParameter(9, Timestamp.valueOf(now));
        }
        Map<Long, long[]> sums = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
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
