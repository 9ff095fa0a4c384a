package org.committeeacademy.curriculum.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

/** Unit texts edited in the curriculum editor take the place of the loaded ones; questions stay as loaded. */
class UnitTextsEditTest {

    private static final String CONTENT = """
            {"key": "m", "units": [{"key": "u", "title": {"de": "Alt", "en": "Old", "tr": "Eski"},
              "placement": {"session": 1, "when": "before"},
              "pages": [{"title": {"de": "S", "en": "P"}, "text": {"de": "Text", "en": "Text"}}],
              "questions": [{"key": "q", "type": "reflection", "text": {"de": "F", "en": "Q"}}]}]}
            """;

    private static JsonObject edit(String titleDe, String textEn) {
        return Json.createReader(new StringReader("""
                        {"title": {"de": "%s", "en": "New"},
                         "pages": [{"title": {"de": "S", "en": "P"}, "text": {"de": "Neu", "en": "%s"}}]}
                        """.formatted(titleDe, textEn)))
                .readObject();
    }

    @Test
    void theEditedTextsAreShownAndTheQuestionsStay() {
        Module module = new Module("m");
        module.load(
                "h", CONTENT, new LocalizedText("M", "M"), new LocalizedText("S", "S"), 60, java.time.Instant.EPOCH);
        module.editUnitTexts("u", edit("Neu", "New text"));
        ModuleView view = new ModuleView(
                "m",
                1,
                module.title(),
                module.summary(),
                60,
                CONTENT,
                null,
                module.localUnits().orElseThrow());
        JsonObject unit = view.shownContent().getJsonArray("units").getJsonObject(0);
        assertEquals("Neu", unit.getJsonObject("title").getString("de"));
        assertEquals(
                "New text",
                unit.getJsonArray("pages")
                        .getJsonObject(0)
                        .getJsonObject("text")
                        .getString("en"));
        assertEquals("q", unit.getJsonArray("questions").getJsonObject(0).getString("key"));
        assertEquals(false, unit.getJsonObject("title").containsKey("tr"), "an old translation no longer matches");
    }

    @Test
    void aTextMayNotBeEmptied() {
        Module module = new Module("m");
        assertThrows(ValidationException.class, () -> module.editUnitTexts("u", edit(" ", "x")));
        assertThrows(ValidationException.class, () -> module.editUnitTexts("u", edit("Neu", "")));
    }
}
