package org.committeeacademy.dashboard.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.committeeacademy.dashboard.application.DashboardView;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.dashboard.domain.CohortFigures;
import org.committeeacademy.dashboard.domain.CommitteeGoals;
import org.committeeacademy.dashboard.domain.Totals;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.i18n.LocalFormats;

/**
 * The dashboard's tables as the page shows them and the exports write them: the columns of each table (an id, a
 * message key {@code dashboard.col.<id>} and how to read the value) and a {@link Sheet} of the columns picked.
 * Rates are percentages with one decimal.
 */
public final class DashboardTables {

    public enum Table {
        COHORTS,
        VENUES,
        CHECK_INS,
        SURVEYS,
        COMMITTEE_GOALS
    }

    public record Column<T>(String id, Function<T, Object> value) {}

    private DashboardTables() {}

    public static List<Column<CohortFigures>> cohortColumns(Language language) {
        return List.of(
                new Column<>("title", CohortFigures::title),
                new Column<>("venue", CohortFigures::venueName),
                new Column<>("series", c -> c.series(language)),
                new Column<>("start", c -> LocalFormats.of(language).date(c.start())),
                new Column<>("capacity", CohortFigures::capacity),
                new Column<>("confirmed", CohortFigures::confirmed),
                new Column<>("fill", c -> percent(c.fillRate())),
                new Column<>("waiting", CohortFigures::waiting),
                new Column<>("noShow", c -> percent(c.noShowRate())),
                new Column<>("attendance", c -> percent(c.attendanceRate())),
                new Column<>("completion", c -> percent(c.completionRate())),
                new Column<>("worksheets", CohortFigures::worksheets),
                new Column<>("certificates", CohortFigures::certificates));
    }

    public static List<Column<Totals>> venueColumns() {
        return List.of(
                new Column<>("venue", Totals::label),
                new Column<>("cohorts", Totals::cohorts),
                new Column<>("capacity", Totals::capacity),
                new Column<>("seats", Totals::seatsTaken),
                new Column<>("fill", t -> percent(t.fillRate())),
                new Column<>("waiting", Totals::waiting),
                new Column<>("noShow", t -> percent(t.noShowRate())),
                new Column<>("attendance", t -> percent(t.attendanceRate())),
                new Column<>("completion", t -> percent(t.completionRate())),
                new Column<>("worksheets", Totals::worksheets),
                new Column<>("certificates", Totals::certificates));
    }

    public static List<Column<Integer>> checkInColumns(CheckInDistribution distribution) {
        return List.of(
                new Column<>("attainment", step -> step > 0 ? "+" + step : String.valueOf(step)),
                new Column<>("checkIns", step -> distribution.count(step)),
                new Column<>("share", step -> percent(share(distribution.count(step), distribution.total()))));
    }

    public static List<Column<SurveyTable.Line>> surveyColumns(Function<String, String> text, Language language) {
        return List.of(
                new Column<>("item", line -> line.label().in(language)),
                new Column<>("baseline", line -> line.cell(0, text)),
                new Column<>("afterModule", line -> line.cell(1, text)),
                new Column<>("followUp", line -> line.cell(2, text)));
    }

    public static List<Column<CommitteeGoals>> committeeGoalColumns() {
        return List.of(
                new Column<>("committee", CommitteeGoals::committee),
                new Column<>("municipality", CommitteeGoals::municipality),
                new Column<>("people", CommitteeGoals::people),
                new Column<>("goals", CommitteeGoals::goals),
                new Column<>("checkIns", CommitteeGoals::checkIns),
                new Column<>("reached", g -> g.reachedPercent()),
                new Column<>("decided", CommitteeGoals::decided));
    }

    public static List<String> columnIds(Table table) {
        return switch (table) {
            case COHORTS -> ids(cohortColumns(Language.DE));
            case VENUES -> ids(venueColumns());
            case CHECK_INS -> ids(checkInColumns(CheckInDistribution.empty()));
            case SURVEYS -> ids(surveyColumns(k -> k, Language.DE));
            case COMMITTEE_GOALS -> ids(committeeGoalColumns());
        };
    }

    /**
     * One table of the view with the picked columns in the table's own order (none picked: all).
     *
     * @param text message lookup for the headers and the "not shown" notes
     */
    public static Sheet sheet(
            Table table,
            DashboardView view,
            Collection<String> picked,
            Language language,
            Function<String, String> text) {
        String name = text.apply("dashboard.table." + table.name());
        return switch (table) {
            case COHORTS -> sheet(name, cohortColumns(language), view.cohorts(), picked, text);
            case VENUES -> sheet(name, venueColumns(), view.venues(), picked, text);
            case CHECK_INS ->
                sheet(
                        name,
                        checkInColumns(view.checkIns()),
                        IntStream.rangeClosed(CheckInDistribution.LOWEST, CheckInDistribution.HIGHEST)
                                .boxed()
                                .toList(),
                        picked,
                        text);
            case SURVEYS -> sheet(name, surveyColumns(text, language), SurveyTable.of(view.surveys()), picked, text);
            case COMMITTEE_GOALS -> sheet(name, committeeGoalColumns(), view.committeeGoals(), picked, text);
        };
    }

    private static <T> Sheet sheet(
            String name,
            List<Column<T>> columns,
            List<T> items,
            Collection<String> picked,
            Function<String, String> text) {
        List<Column<T>> chosen = picked == null || picked.isEmpty()
                ? columns
                : columns.stream().filter(c -> picked.contains(c.id())).toList();
        if (chosen.isEmpty()) {
            chosen = columns;
        }
        List<Column<T>> shown = chosen;
        return new Sheet(
                name,
                shown.stream().map(c -> text.apply("dashboard.col." + c.id())).toList(),
                items.stream()
                        .map(item ->
                                shown.stream().map(c -> c.value().apply(item)).toList())
                        .toList());
    }

    /** A share as a percentage with one decimal, or null when there is none. */
    public static BigDecimal percent(Double share) {
        return share == null ? null : BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static <T> List<String> ids(List<Column<T>> columns) {
        return columns.stream().map(Column::id).toList();
    }
}
