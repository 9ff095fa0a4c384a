package org.committeeacademy.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.dashboard.domain.CohortFigures;
import org.committeeacademy.dashboard.domain.DashboardFigures;
import org.committeeacademy.dashboard.domain.DashboardFilter;
import org.committeeacademy.dashboard.domain.GoalTotals;
import org.committeeacademy.dashboard.export.DashboardTables;
import org.committeeacademy.dashboard.export.SurveyTable;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.survey.application.OutcomeFigure;
import org.committeeacademy.survey.application.SurveyFigures;
import org.committeeacademy.survey.application.SurveyOutcomes;
import org.committeeacademy.survey.application.SurveyPhase;
import org.junit.jupiter.api.Test;

/** The survey part of the dashboard against a fake of the surveys feature. */
class DashboardSurveysTest {

    private static final LocalizedText CONFIDENT = new LocalizedText("Ich traue mir zu …", "I feel able to …");

    private final List<Collection<Long>> asked = new ArrayList<>();

    private final SurveyFigures fake = cohortIds -> {
        asked.add(cohortIds);
        return new SurveyOutcomes(
                Map.of(SurveyPhase.BASELINE, 12, SurveyPhase.AFTER_MODULE, 9, SurveyPhase.FOLLOW_UP, 3),
                List.of(
                        new OutcomeFigure(
                                "confident", CONFIDENT, SurveyPhase.BASELINE, 12, 2.4, List.of(2, 5, 3, 2, 0)),
                        new OutcomeFigure("confident", CONFIDENT, SurveyPhase.AFTER_MODULE, 9, 3.85, List.of()),
                        new OutcomeFigure("confident", CONFIDENT, SurveyPhase.FOLLOW_UP, 3, null, List.of())));
    };

    private final DashboardFigures cohorts = new DashboardFigures() {
        @Override
        public List<CohortFigures> cohorts(DashboardFilter filter, LocalDateTime now) {
            return List.of(new CohortFigures(
                    41, "Köln", 1, "R", "S", 2, "VHS Köln", now.minusDays(30), 8, 8, 8, 0, 0, 0, 0, 0, 0, 0, false));
        }

        @Override
        public GoalTotals goals(Set<Long> cohortIds) {
            return GoalTotals.none();
        }
    };

    private DashboardView view() {
        return Dashboard.assemble(DashboardFilter.year(2026), cohorts, fake, LocalDateTime.of(2026, 6, 1, 12, 0));
    }

    @Test
    void surveysAreAskedForExactlyTheMatchingCohorts() {
        view();
        assertEquals(List.of(Set.of(41L)), asked.stream().map(Set::copyOf).toList());
    }

    @Test
    void oneLinePerItemWithBeforeAfterAndFollowUp() {
        List<SurveyTable.Line> lines = SurveyTable.of(view().surveys());
        assertEquals(1, lines.size());
        SurveyTable.Line line = lines.get(0);
        assertEquals(new java.math.BigDecimal("2.40"), line.cell(0, key -> key));
        assertEquals(new java.math.BigDecimal("3.85"), line.cell(1, key -> key));
    }

    @Test
    void aGroupBelowFiveAnswersIsNotShown() {
        SurveyTable.Line line = SurveyTable.of(view().surveys()).get(0);
        assertEquals("dashboard.survey.tooFew", line.cell(2, key -> key));
        assertEquals(null, line.average(2));
        Sheet sheet = DashboardTables.sheet(DashboardTables.Table.SURVEYS, view(), List.of(), Language.EN, k -> k);
        assertEquals(
                List.of(
                        "I feel able to …",
                        new java.math.BigDecimal("2.40"),
                        new java.math.BigDecimal("3.85"),
                        "dashboard.survey.tooFew"),
                sheet.rows().get(0));
    }

    @Test
    void noSurveysYetMeansNoLines() {
        assertTrue(SurveyTable.of(SurveyOutcomes.none()).isEmpty());
    }
}
