package org.committeeacademy.curriculum.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.committeeacademy.shared.domain.LocalizedText;

/**
 * A module with its current version's content (JSON), read-only; {@code localObjectives} (JSON, or null) are
 * objectives edited in the application, which take the place of the content's.
 */
public record ModuleView(
        String key,
        int version,
        LocalizedText title,
        LocalizedText summary,
        int durationMinutes,
        String content,
        String localObjectives) {

    /** The content as shown: with the locally edited objectives where there are any. */
    public JsonObject shownContent() {
        JsonObject loaded = Json.createReader(new StringReader(content)).readObject();
        if (localObjectives == null) {
            return loaded;
        }
        return Json.createObjectBuilder(loaded)
                .add(
                        "objectives",
                        Json.createReader(new StringReader(localObjectives)).readObject())
                .build();
    }
}
