package org.committeeacademy.dashboard.application;

import java.io.Serializable;
import java.util.List;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.dashboard.domain.CohortFigures;
import org.committeeacademy.dashboard.domain.CommitteeGoals;
import org.committeeacademy.dashboard.domain.DashboardFilter;
import org.committeeacademy.dashboard.domain.Totals;
import org.committeeacademy.survey.application.SurveyOutcomes;

/** Everything the dashboard and the funder report show for one filter; no person in it. */
public record DashboardView(
        DashboardFilter filter,
        Totals totals,
        List<Totals> venues,
        List<CohortFigures> cohorts,
        CheckInDistribution checkIns,
        SurveyOutcomes surveys,
        List<CommitteeGoals> committeeGoals)
        implements Serializable {

    public boolean isEmpty() {
        return cohorts.isEmpty();
    }
}
