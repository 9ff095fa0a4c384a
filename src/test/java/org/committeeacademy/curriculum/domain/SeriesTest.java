package org.committeeacademy.curriculum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class SeriesTest {

    private static final LocalizedText TEXT = new LocalizedText("Text", "Text");

    private static Module module(String key) {
        Module module = new Module(key);
        module.load("hash-" + key, "{}", TEXT, TEXT, 360, Instant.EPOCH);
        return module;
    }

    private static List<String> keys(Series series) {
        return series.modules().stream().map(Module::key).toList();
    }

    @Test
    void loadingTakesTheOptionalModulesOfTheDescriptor() {
        Series series = new Series("s");
        series.load("h", TEXT, TEXT, List.of(module("a"), module("b")), List.of("b", "not-in-series"));

        assertFalse(series.isOptional("a"));
        assertTrue(series.isOptional("b"));
        assertFalse(series.isOptional("not-in-series"), "only modules of the series can be optional");
        assertFalse(series.isLocallyEdited());

        series.load("h2", TEXT, TEXT, List.of(module("a"), module("b")), List.of());
        assertFalse(series.isOptional("b"), "a later descriptor without the mark makes it required again");
    }

    @Test
    void theEditorMarksModulesOptionalAsALocalChangeWhichLoadingKeeps() {
        Series series = new Series("s");
        series.load("h", TEXT, TEXT, List.of(module("a"), module("b"), module("c")));

        series.markOptional("c", true);
        assertTrue(series.isOptional("c"));
        assertTrue(series.isLocallyEdited());
        series.load("h2", TEXT, TEXT, List.of(module("a"), module("b"), module("c")), List.of("b"));
        assertTrue(series.isOptional("c"), "the local change is kept");
        assertFalse(series.isOptional("b"));

        series.markOptional("c", false);
        assertFalse(series.isOptional("c"));
    }

    @Test
    void atLeastOneModuleStaysRequiredAndARemovedModuleIsNoLongerOptional() {
        Series series = new Series("s");
        series.load("h", TEXT, TEXT, List.of(module("a"), module("b")));
        series.markOptional("b", true);

        ValidationException e = assertThrows(ValidationException.class, () -> series.markOptional("a", true));
        assertEquals("curriculum.module.lastRequired", e.violations().get(0).messageKey());
        assertFalse(series.isOptional("a"));

        series.removeModule("b");
        assertFalse(series.isOptional("b"));
        series.addModule(module("b"));
        assertFalse(series.isOptional("b"), "added again, it is required until marked");
    }

    @Test
    void modulesMoveWithinTheOrderAndStayAtTheEnds() {
        Series series = new Series("s");
        series.load("h", TEXT, TEXT, List.of(module("a"), module("b"), module("c")));

        series.moveModule("c", -1);
        assertEquals(List.of("a", "c", "b"), keys(series));
        series.moveModule("a", -1);
        assertEquals(List.of("a", "c", "b"), keys(series));
        assertTrue(series.isLocallyEdited());
    }

    @Test
    void aModuleIsInASeriesOnlyOnce() {
        Series series = Series.create("new-series", TEXT, TEXT);
        Module a = module("a");
        series.addModule(a);

        assertThrows(ValidationException.class, () -> series.addModule(a));
        series.removeModule("a");
        assertEquals(List.of(), keys(series));
    }

    @Test
    void localEditsSurviveTheNextLoadFromModules() {
        Series series = new Series("s");
        series.load("h1", TEXT, TEXT, List.of(module("a"), module("b")));
        series.moveModule("b", -1);

        series.load("h2", new LocalizedText("Neu", "New"), TEXT, List.of(module("a"), module("b")));

        assertEquals(List.of("b", "a"), keys(series));
        assertEquals("Text", series.title().de());
    }

    @Test
    void keysAndTitlesAreChecked() {
        assertThrows(ValidationException.class, () -> Series.create("Not A Key", TEXT, TEXT));
        assertThrows(ValidationException.class, () -> Series.create("ok-key", new LocalizedText("", "x"), TEXT));
    }

    @Test
    void retiredSeriesCanBeActivatedAgain() {
        Series series = Series.create("s", TEXT, TEXT);
        series.retire();
        assertFalse(series.isActive());
        series.activate();
        assertTrue(series.isActive());
    }
}
