package org.committeeacademy.progress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Self-paced units in progress (issue 23): they count only for a module whose descriptor says requiresUnits; without
 * it, a module's results are exactly those it had before units existed.
 */
class UnitProgressTest {

    private final ProgressRule rule = new ProgressRule(1);

    private static ModuleFacts facts(UnitFacts units) {
        return new ModuleFacts("context", 2, 2, WorksheetState.SUBMITTED, false, units);
    }

    @Test
    void unitsThatDoNotCountChangeNothing() {
        ModuleProgress without = rule.evaluate(new ModuleFacts("context", 2, 1, WorksheetState.NONE));
        ModuleProgress open = rule.evaluate(new ModuleFacts(
                "context", 2, 1, WorksheetState.NONE, false, new UnitFacts(3, List.of("A", "B", "C"), false)));
        assertEquals(without.percent(), open.percent());
        assertEquals(without.missing(), open.missing());
        assertEquals(without.isComplete(), open.isComplete());
        assertTrue(rule.evaluate(facts(new UnitFacts(3, List.of("A"), false))).isComplete());
        assertEquals(
                100, rule.evaluate(facts(new UnitFacts(3, List.of("A"), false))).percent());
    }

    @Test
    void requiredUnitsMustAllBeDone() {
        ModuleProgress missing = rule.evaluate(facts(new UnitFacts(3, List.of("Antrag oder Anfrage?"), true)));
        assertFalse(missing.isComplete());
        assertEquals(List.of("progress.missing.units"), missing.missing());
        assertEquals(List.of("Antrag oder Anfrage?"), missing.units().missing());
        assertEquals(2, missing.units().done());
        assertEquals(88, missing.percent(), "attendance, worksheet and two of three units: (1 + 1 + 2/3) / 3");
        assertTrue(rule.evaluate(facts(new UnitFacts(3, List.of(), true))).isComplete());
        assertEquals(
                100, rule.evaluate(facts(new UnitFacts(3, List.of(), true))).percent());
    }

    @Test
    void requiredUnitsWithoutAWorksheetRequirementShareTheBarWithAttendance() {
        rule.change(100, WorksheetRequirement.NONE, java.util.Set.of());
        ModuleProgress progress = rule.evaluate(
                new ModuleFacts("context", 2, 1, WorksheetState.NONE, false, new UnitFacts(2, List.of("B"), true)));
        assertEquals(50, progress.percent(), "half the attendance and half the units");
        assertEquals(List.of("progress.missing.attendance", "progress.missing.units"), progress.missing());
    }

    @Test
    void aSeriesIsCompleteOnlyWhenItsRequiredUnitsAreDone() {
        SeriesProgress open = rule.evaluate(List.of(
                facts(new UnitFacts(1, List.of("X"), true)), new ModuleFacts("goals", 1, 1, WorksheetState.SUBMITTED)));
        assertFalse(open.isComplete());
        SeriesProgress done = rule.evaluate(List.of(
                facts(new UnitFacts(1, List.of(), true)), new ModuleFacts("goals", 1, 1, WorksheetState.SUBMITTED)));
        assertTrue(done.isComplete());
    }
}
