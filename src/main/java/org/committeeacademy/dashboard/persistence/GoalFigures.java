package org.committeeacademy.dashboard.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.dashboard.domain.CommitteeGoals;
import org.committeeacademy.dashboard.domain.GoalTotals;

/**
 * The goals' figures of the period's cohorts: check-ins by attainment, and per committee member their goals,
 * check-ins and decisions. Each goal keeps its cohort and its check-ins counted by attainment (the goal feature
 * updates them with each check-in, V57), so one read of one row per goal by the goal's cohort column gives both,
 * instead of joining every check-in with its goal and worksheet; the committees and the council decisions are read
 * separately and put together here.
 */
final class GoalFigures {

    private static final String ATTAINMENTS =
            "gl.check_ins_minus_2, gl.check_ins_minus_1, gl.check_ins_zero, gl.check_ins_plus_1, gl.check_ins_plus_2";

    private final EntityManager em;

    GoalFigures(EntityManager em) {
        this.em = em;
    }

    /**
     * One read of the cohorts' goals: summed up, the check-ins of all of them by attainment; per owner who is a
     * confirmed member of a committee, their goals, check-ins, check-ins at the expected level or better (attainment 0
     * or more) and goals with a council decision.
     */
    GoalTotals goals(Set<Long> cohortIds) {
        long[] byAttainment = new long[CheckInDistribution.HIGHEST - CheckInDistribution.LOWEST + 1];
        Map<Long, long[]> owners = new HashMap<>(); // goals, check-ins, reached, decided
        // one row per goal, read from the index alone; grouping them in Derby took longer than adding them up here
        for (Object[] r : rows("SELECT gl.owner_id, gl.cohort_id, " + ATTAINMENTS + " FROM goal gl WHERE "
                + DashboardSql.within("gl.cohort_id", cohortIds))) {
            if (cohortIds.contains(number(r[1]))) {
                long[] counts = owners.computeIfAbsent(number(r[0]), id -> new long[4]);
                counts[0]++;
                for (int i = 0; i < byAttainment.length; i++) {
                    long n = number(r[2 + i]);
                    byAttainment[i] += n;
                    counts[1] += n;
                    counts[2] += CheckInDistribution.LOWEST + i >= 0 ? n : 0;
                }
            }
        }
        CheckInDistribution distribution = CheckInDistribution.empty();
        for (int i = 0; i < byAttainment.length; i++) {
            distribution = distribution.plus(CheckInDistribution.LOWEST + i, byAttainment[i]);
        }
        return new GoalTotals(distribution, committeeLines(owners, cohortIds));
    }

    private List<CommitteeGoals.Line> committeeLines(Map<Long, long[]> owners, Set<Long> cohortIds) {
        if (owners.isEmpty()) {
            return List.of();
        }
        for (Object[] r : goalsWithACouncilDecision()) {
            long[] counts = owners.get(number(r[1]));
            if (counts != null && cohortIds.contains(number(r[2]))) {
                counts[3]++;
            }
        }
        Map<Long, Object[]> committees = committeesOf(owners.keySet());
        List<CommitteeGoals.Line> lines = new ArrayList<>();
        for (Map.Entry<Long, long[]> owner : owners.entrySet()) {
            Object[] committee = committees.get(owner.getKey());
            if (committee != null) {
                long[] c = owner.getValue();
                lines.add(new CommitteeGoals.Line(
                        number(committee[1]),
                        (String) committee[2],
                        (String) committee[3],
                        owner.getKey(),
                        (int) c[0],
                        (int) c[1],
                        (int) c[2],
                        (int) c[3]));
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
     * Goals (id, owner, cohort) whose paper (imported from the owner's committee's council system) has a result in a
     * consultation that decides: marked authoritative, or in a meeting of the council.
     */
    private List<Object[]> goalsWithACouncilDecision() {
        return rows("SELECT DISTINCT gl.id, gl.owner_id, gl.cohort_id FROM goal gl"
                + " JOIN committee_membership m ON m.account_id = gl.owner_id AND m.status = 'CONFIRMED'"
                + " JOIN council_paper p ON p.committee_id = m.committee_id AND p.oparl_id = gl.paper_oparl_id"
                + " JOIN council_consultation cc ON cc.paper_id = p.id"
                + " JOIN council_meeting mt ON mt.committee_id = p.committee_id"
                + " AND mt.oparl_id = cc.meeting_oparl_id"
                + " JOIN council_agenda_item ai ON ai.meeting_id = mt.id"
                + " AND ai.oparl_id = cc.agenda_item_oparl_id"
                + " WHERE ai.result IS NOT NULL AND (cc.authoritative = TRUE OR mt.organ = 'COUNCIL')");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
