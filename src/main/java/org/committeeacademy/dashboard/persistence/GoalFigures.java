package org.committeeacademy.dashboard.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.dashboard.domain.CommitteeGoals;

/**
 * The goals' figures of the period's cohorts: check-ins by attainment, and each goal with its owner's committee and
 * its check-ins. Each query reads one kind of row by the cohorts' worksheets (the goals, their check-ins, the
 * committees) and the rows are put together here: one query joining all of them let Derby hash-join every goal and
 * check-in of the database even when the filter matched ten cohorts.
 */
final class GoalFigures {

    private static final String OF_THE_COHORTS = " FROM goal gl JOIN worksheet w ON w.id = gl.worksheet_id WHERE ";

    private final EntityManager em;

    GoalFigures(EntityManager em) {
        this.em = em;
    }

    CheckInDistribution checkIns(Set<Long> cohortIds) {
        CheckInDistribution distribution = CheckInDistribution.empty();
        for (Object[] r : rows("SELECT w.cohort_id, g.attainment, COUNT(*) FROM goal_check_in g"
                + " JOIN goal gl ON gl.id = g.goal_id JOIN worksheet w ON w.id = gl.worksheet_id WHERE "
                + DashboardSql.within("w.cohort_id", cohortIds)
                + " GROUP BY w.cohort_id, g.attainment")) {
            if (cohortIds.contains(number(r[0]))) {
                distribution = distribution.plus((int) number(r[1]), number(r[2]));
            }
        }
        return distribution;
    }

    /** Each goal of the cohorts whose owner is a confirmed member of a committee, once per check-in (or once). */
    List<CommitteeGoals.Line> committeeGoals(Set<Long> cohortIds) {
        Map<Long, List<Integer>> attainments = new HashMap<>();
        for (Object[] r : rows("SELECT gl.id, g.attainment, w.cohort_id FROM goal_check_in g"
                + " JOIN goal gl ON gl.id = g.goal_id JOIN worksheet w ON w.id = gl.worksheet_id WHERE "
                + DashboardSql.within("w.cohort_id", cohortIds))) {
            if (cohortIds.contains(number(r[2]))) {
                attainments
                        .computeIfAbsent(number(r[0]), id -> new ArrayList<>())
                        .add((int) number(r[1]));
            }
        }
        List<Object[]> goals = new ArrayList<>();
        Set<Long> owners = new HashSet<>();
        for (Object[] r : rows("SELECT gl.id, gl.owner_id, w.cohort_id" + OF_THE_COHORTS
                + DashboardSql.within("w.cohort_id", cohortIds))) {
            if (cohortIds.contains(number(r[2]))) {
                goals.add(r);
                owners.add(number(r[1]));
            }
        }
        Map<Long, Object[]> committees = committeesOf(owners);
        Set<Long> decided = goals.isEmpty() ? Set.of() : goalsWithACouncilDecision();
        List<CommitteeGoals.Line> lines = new ArrayList<>();
        for (Object[] goal : goals) {
            Object[] committee = committees.get(number(goal[1]));
            if (committee == null) {
                continue;
            }
            long id = number(goal[0]);
            List<Integer> checkIns = attainments.getOrDefault(id, java.util.Collections.singletonList(null));
            for (Integer attainment : checkIns) {
                lines.add(new CommitteeGoals.Line(
                        number(committee[1]),
                        (String) committee[2],
                        (String) committee[3],
                        number(goal[1]),
                        id,
                        attainment,
                        decided.contains(id)));
            }
        }
        return lines;
    }

    /** Account id → account id, committee id, name, municipality: the confirmed membership of these people. */
    private Map<Long, Object[]> committeesOf(Set<Long> owners) {
        Map<Long, Object[]> committees = new HashMap<>();
        if (owners.isEmpty()) {
            return committees;
        }
        for (Object[] r : rows("SELECT m.account_id, cm.id, cm.name, cm.municipality FROM committee_membership m"
                + " JOIN committee cm ON cm.id = m.committee_id WHERE m.status = 'CONFIRMED' AND "
                + DashboardSql.within("m.account_id", owners))) {
            if (owners.contains(number(r[0]))) {
                committees.put(number(r[0]), r);
            }
        }
        return committees;
    }

    /**
     * Goals whose paper (imported from the owner's committee's council system) has a result in a consultation that
     * decides: marked authoritative, or in a meeting of the council.
     */
    private Set<Long> goalsWithACouncilDecision() {
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT DISTINCT gl.id FROM goal gl"
                        + " JOIN committee_membership m ON m.account_id = gl.owner_id AND m.status = 'CONFIRMED'"
                        + " JOIN council_paper p ON p.committee_id = m.committee_id AND p.oparl_id = gl.paper_oparl_id"
                        + " JOIN council_consultation cc ON cc.paper_id = p.id"
                        + " JOIN council_meeting mt ON mt.committee_id = p.committee_id"
                        + " AND mt.oparl_id = cc.meeting_oparl_id"
                        + " JOIN council_agenda_item ai ON ai.meeting_id = mt.id"
                        + " AND ai.oparl_id = cc.agenda_item_oparl_id"
                        + " WHERE ai.result IS NOT NULL AND (cc.authoritative = TRUE OR mt.organ = 'COUNCIL')")
                .getResultList()) {
            ids.add(number(id));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
