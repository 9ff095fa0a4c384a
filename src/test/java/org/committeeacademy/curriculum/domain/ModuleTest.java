package org.committeeacademy.curriculum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.committeeacademy.curriculum.domain.Module.LoadOutcome;
import org.committeeacademy.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;

class ModuleTest {

    private static final LocalizedText TITLE = new LocalizedText("Titel", "Title");
    private static final LocalizedText SUMMARY = new LocalizedText("Kurz", "Short");

    @Test
    void theSameContentAgainChangesNothing() {
        Module module = new Module("local-context");
        assertEquals(LoadOutcome.NEW_VERSION, module.load("h1", "{}", TITLE, SUMMARY, 360, Instant.EPOCH));

        assertEquals(LoadOutcome.UNCHANGED, module.load("h1", "{}", TITLE, SUMMARY, 360, Instant.EPOCH));
        assertEquals(1, module.versions().size());
    }

    @Test
    void aChangedContentBecomesTheNextVersionAndEarlierOnesStay() {
        Module module = new Module("local-context");
        module.load("h1", "{\"v\":1}", TITLE, SUMMARY, 360, Instant.EPOCH);

        LocalizedText newTitle = new LocalizedText("Neuer Titel", "New title");
        assertEquals(LoadOutcome.NEW_VERSION, module.load("h2", "{\"v\":2}", newTitle, SUMMARY, 300, Instant.EPOCH));

        assertEquals(2, module.currentVersion().orElseThrow().number());
        assertEquals("{\"v\":1}", module.versions().get(0).content());
        assertEquals("New title", module.title().en());
        assertEquals(300, module.durationMinutes());
    }

    @Test
    void textsEditedInTheApplicationAreNeverOverwritten() {
        Module module = new Module("local-context");
        module.load("h1", "{}", TITLE, SUMMARY, 360, Instant.EPOCH);
        module.editTexts(new LocalizedText("Unser Titel", "Our title"), SUMMARY);

        LoadOutcome outcome =
                module.load("h2", "{}", new LocalizedText("Anders", "Different"), SUMMARY, 360, Instant.EPOCH);

        assertEquals(LoadOutcome.NEW_VERSION_TEXTS_KEPT, outcome);
        assertEquals("Our title", module.title().en());
        assertEquals(2, module.currentVersion().orElseThrow().number());
    }

    @Test
    void editedObjectivesAreKeptPerLanguageWithoutEmptyLines() {
        Module module = new Module("local-context");
        module.load("h1", "{}", TITLE, SUMMARY, 360, Instant.EPOCH);

        module.editObjectives(java.util.List.of("Ziel eins", " ", "Ziel zwei "), java.util.List.of("Goal one"));

        assertEquals(
                "{\"de\":[\"Ziel eins\",\"Ziel zwei\"],\"en\":[\"Goal one\"]}",
                module.localObjectives().orElseThrow());
        assertEquals(true, module.isLocallyEdited());
        org.junit.jupiter.api.Assertions.assertThrows(
                org.committeeacademy.shared.domain.ValidationException.class,
                () -> module.editObjectives(java.util.List.of("Ziel"), java.util.List.of("  ")));
    }
}
