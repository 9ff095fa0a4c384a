package org.committeeacademy.dashboard.web;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.committeeacademy.dashboard.application.DashboardView;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.dashboard.domain.CommitteeGoals;
import org.committeeacademy.dashboard.domain.Totals;
import org.committeeacademy.dashboard.export.DashboardTables;
import org.committeeacademy.dashboard.export.SurveyTable;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.survey.application.SurveyPhase;

/** The dashboard's three charts as Chart.js configurations; the tables beside them carry the same figures as text. */
public record DashboardCharts(DashboardView view, Language language, Function<String, String> text) {

    /** Fill and attendance rate (%) per venue. */
    public String getVenues() {
        List<Totals> venues = view.venues();
        return new BarChart(venues.stream().map(Totals::label).toList())
                .series(
                        text.apply("dashboard.col.fill"),
                        venues.stream()
                                .map(t -> DashboardTables.percent(t.fillRate()))
                                .toList())
                .series(
                        text.apply("dashboard.col.attendance"),
                        venues.stream()
                                .map(t -> DashboardTables.percent(t.attendanceRate()))
                                .toList())
                .upTo(100)
                .json();
    }

    /** Per committee (with at least five people): the share of check-ins at the expected level or better (%). */
    public String getCommitteeGoals() {
        List<CommitteeGoals> committees = view.committeeGoals();
        return new BarChart(committees.stream().map(CommitteeGoals::committee).toList())
                .series(
                        text.apply("dashboard.col.reached"),
                        committees.stream().map(CommitteeGoals::reachedPercent).toList())
                .upTo(100)
                .json();
    }

    /** How many goal check-ins per step of the scale −2..+2. */
    public String getCheckIns() {
        CheckInDistribution distribution = view.checkIns();
        List<Integer> steps = IntStream.rangeClosed(CheckInDistribution.LOWEST, CheckInDistribution.HIGHEST)
                .boxed()
                .toList();
        return new BarChart(steps.stream()
                        .map(s -> s > 0 ? "+" + s : String.valueOf(s))
                        .toList())
                .series(
                        text.apply("dashboard.col.checkIns"),
                        steps.stream().map(distribution::count).toList())
                .counting()
                .json();
    }

    /** The average per outcome item before, after a module and at the follow-up; withheld figures are gaps. */
    public String getSurveys() {
        List<SurveyTable.Line> lines = SurveyTable.of(view.surveys());
        BarChart chart =
                new BarChart(lines.stream().map(l -> l.label().in(language)).toList());
        for (SurveyPhase phase : SurveyPhase.values()) {
            chart.series(
                    text.apply("dashboard.phase." + phase.name()),
                    lines.stream().map(l -> l.average(phase.ordinal())).toList());
        }
        return chart.upTo(5).json();
    }
}
