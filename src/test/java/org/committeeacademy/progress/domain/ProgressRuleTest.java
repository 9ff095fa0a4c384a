package org.committeeacademy.progress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

/** A series' completion rule: attendance share, worksheet requirement, required modules. */
class ProgressRuleTest {

    private static ModuleFacts facts(String key, int sessions, int attended, WorksheetState worksheet) {
        return new ModuleFacts(key, sessions, attended, worksheet);
    }

    @Test
    void byDefaultEverySessionAndASubmittedWorksheetCompleteAModule() {
        ProgressRule rule = new ProgressRule(1);
        assertTrue(
                rule.evaluate(facts("context", 2, 2, WorksheetState.SUBMITTED)).isComplete());
        assertFalse(
                rule.evaluate(facts("context", 2, 1, WorksheetState.SUBMITTED)).isComplete());
        assertFalse(rule.evaluate(facts("context", 2, 2, WorksheetState.DRAFT)).isComplete());
        assertTrue(rule.evaluate(facts("context", 2, 2, WorksheetState.REVISE)).isComplete(), "handed in counts");
        assertEquals(
                List.of("progress.missing.attendance", "progress.missing.worksheet"),
                rule.evaluate(facts("context", 2, 1, WorksheetState.NONE)).missing());
    }

    @Test
    void aSeriesThatRequiresAcceptanceWaitsForTheTrainersAcceptance() {
        ProgressRule rule = new ProgressRule(1);
        rule.change(100, WorksheetRequirement.ACCEPTED, Set.of());
        assertFalse(
                rule.evaluate(facts("goals", 1, 1, WorksheetState.SUBMITTED)).isComplete());
        assertEquals(
                List.of("progress.missing.worksheetAccepted"),
                rule.evaluate(facts("goals", 1, 1, WorksheetState.SUBMITTED)).missing());
        assertTrue(rule.evaluate(facts("goals", 1, 1, WorksheetState.ACCEPTED)).isComplete());
    }

    @Test
    void theMinimumShareIsRoundedUpAndAModuleWithoutSessionsIsNeverComplete() {
        ProgressRule rule = new ProgressRule(1);
        rule.change(75, WorksheetRequirement.NONE, Set.of());
        assertEquals(3, rule.attendanceNeeded(3), "75 % of 3 is 2.25, so 3");
        assertEquals(3, rule.attendanceNeeded(4));
        assertTrue(rule.evaluate(facts("context", 4, 3, WorksheetState.NONE)).isComplete());
        assertFalse(rule.evaluate(facts("context", 4, 2, WorksheetState.NONE)).isComplete());
        assertFalse(rule.evaluate(facts("context", 0, 0, WorksheetState.NONE)).isComplete());
    }

    @Test
    void theSeriesIsCompleteWhenEveryRequiredModuleIsOptionalOnesDoNotCount() {
        ProgressRule rule = new ProgressRule(1);
        rule.change(100, WorksheetRequirement.SUBMITTED, Set.of("advocacy"));
        List<ModuleFacts> modules = List.of(
                facts("context", 1, 1, WorksheetState.SUBMITTED),
                facts("goals", 1, 1, WorksheetState.ACCEPTED),
                facts("advocacy", 1, 0, WorksheetState.NONE));
        SeriesProgress progress = rule.evaluate(modules);
        assertTrue(progress.isComplete());
        assertEquals(2, progress.completedModules());

        rule.change(100, WorksheetRequirement.SUBMITTED, Set.of());
        assertFalse(rule.evaluate(modules).isComplete());
    }

    @Test
    void aMemberCompletesTheSeriesWithoutAModuleTheSeriesMarksOptional() {
        ProgressRule rule = new ProgressRule(1);
        List<ModuleFacts> modules = List.of(
                facts("context", 1, 1, WorksheetState.SUBMITTED),
                facts("advocacy", 1, 1, WorksheetState.SUBMITTED),
                new ModuleFacts("together", 1, 0, WorksheetState.NONE, true));
        SeriesProgress progress = rule.evaluate(modules);

        assertTrue(progress.isComplete(), "the optional module is not needed");
        assertFalse(progress.modules().get(2).required());
        assertTrue(rule.isRequired("together"), "the rule alone would require it; the series' mark wins");
        assertEquals(List.of("context", "advocacy"), progress.certificateModules(), "not taken, not listed");
    }

    @Test
    void aCertificateListsAnOptionalModuleOnlyWhenTheMemberTookIt() {
        ProgressRule rule = new ProgressRule(1);
        rule.change(100, WorksheetRequirement.SUBMITTED, Set.of("advocacy"));
        SeriesProgress progress = rule.evaluate(List.of(
                facts("context", 1, 1, WorksheetState.SUBMITTED),
                facts("advocacy", 1, 1, WorksheetState.DRAFT),
                new ModuleFacts("together", 1, 1, WorksheetState.SUBMITTED, true)));

        assertTrue(progress.isComplete());
        assertEquals(
                List.of("context", "together"),
                progress.certificateModules(),
                "the optional module taken is listed in series order; one attended without its worksheet is not");
    }

    @Test
    void aRequiredModuleIsListedOnTheCertificateEvenWhereTheSeriesIsNotCompleteYet() {
        SeriesProgress progress = new ProgressRule(1)
                .evaluate(List.of(
                        facts("context", 1, 0, WorksheetState.NONE),
                        new ModuleFacts("together", 0, 0, WorksheetState.NONE, true)));

        assertFalse(progress.isComplete());
        assertEquals(List.of("context"), progress.certificateModules());
    }

    @Test
    void aSeriesWhoseModulesAreAllOptionalIsNeverComplete() {
        SeriesProgress progress = new ProgressRule(1)
                .evaluate(List.of(new ModuleFacts("together", 1, 1, WorksheetState.SUBMITTED, true)));

        assertFalse(progress.isComplete(), "there must be at least one required module");
    }

    @Test
    void progressBarsShowHalfForAttendanceWithoutTheWorksheet() {
        ProgressRule rule = new ProgressRule(1);
        assertEquals(
                50, rule.evaluate(facts("context", 2, 2, WorksheetState.DRAFT)).percent());
        assertEquals(
                100,
                rule.evaluate(facts("context", 2, 2, WorksheetState.SUBMITTED)).percent());
        assertEquals(
                25, rule.evaluate(facts("context", 2, 1, WorksheetState.NONE)).percent());
    }

    @Test
    void aShareOutsideZeroToHundredIsRefused() {
        ProgressRule rule = new ProgressRule(1);
        assertThrows(ValidationException.class, () -> rule.change(101, WorksheetRequirement.NONE, Set.of()));
        assertThrows(ValidationException.class, () -> rule.change(-1, WorksheetRequirement.NONE, Set.of()));
    }
}
