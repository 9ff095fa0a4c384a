package org.committeeacademy.curriculum.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.committeeacademy.shared.json.Jsons;

/**
 * A module with its current version's content (JSON), read-only; {@code localObjectives} (JSON, or null) are
 * objectives edited in the application, which take the place of the content's; {@code localUnits} (JSON by unit key,
 * or null) likewise the units' edited texts.
 */
public record ModuleView(
        String key,
        int version,
        org.committeeacademy.shared.domain.LocalizedText title,
        org.committeeacademy.shared.domain.LocalizedText summary,
        int durationMinutes,
        String content,
        String localObjectives,
        String localUnits) {

    public ModuleView(
            String key,
            int version,
            org.committeeacademy.shared.domain.LocalizedText title,
            org.committeeacademy.shared.domain.LocalizedText summary,
            int durationMinutes,
            String content,
            String localObjectives) {
        this(key, version, title, summary, durationMinutes, content, localObjectives, null);
    }

    /** The content as shown: with the locally edited objectives and unit texts where there are any. */
    public JsonObject shownContent() {
        JsonObject loaded = Jsons.createReader(new StringReader(content)).readObject();
        if (localObjectives == null && localUnits == null) {
            return loaded;
        }
        JsonObjectBuilder shown = Jsons.createObjectBuilder(loaded);
        if (localObjectives != null) {
            shown.add(
                    "objectives",
                    Jsons.createReader(new StringReader(localObjectives)).readObject());
        }
        if (localUnits != null && loaded.get("units") instanceof JsonArray units) {
            JsonObject edits = Jsons.createReader(new StringReader(localUnits)).readObject();
            JsonArrayBuilder edited = Jsons.createArrayBuilder();
            units.getValuesAs(JsonObject.class).forEach(u -> edited.add(withEdits(u, edits.get(u.getString("key")))));
            shown.add("units", edited);
        }
        return shown.build();
    }

    /** A unit with its edited title, summary and pages' titles and texts (German and English). */
    private static JsonObject withEdits(JsonObject unit, JsonValue edit) {
        if (!(edit instanceof JsonObject texts)) {
            return unit;
        }
        JsonObjectBuilder result = Jsons.createObjectBuilder(unit);
        for (String key : new String[] {"title", "summary"}) {
            if (texts.get(key) instanceof JsonObject text) {
                result.add(key, merged(unit.get(key), text));
            }
        }
        if (texts.get("pages") instanceof JsonArray pages) {
            JsonArray loaded = unit.getJsonArray("pages");
            JsonArrayBuilder shown = Jsons.createArrayBuilder();
            for (int i = 0; i < loaded.size(); i++) {
                JsonObject page = loaded.getJsonObject(i);
                if (i < pages.size() && pages.get(i) instanceof JsonObject pageEdit) {
                    JsonObjectBuilder p = Jsons.createObjectBuilder(page);
                    for (String key : new String[] {"title", "text"}) {
                        if (pageEdit.get(key) instanceof JsonObject text) {
                            p.add(key, merged(page.get(key), text));
                        }
                    }
                    page = p.build();
                }
                shown.add(page);
            }
            result.add("pages", shown);
        }
        return result.build();
    }

    /** The edited German and English over the loaded text (its other languages dropped: they no longer match). */
    private static JsonObject merged(JsonValue loaded, JsonObject edit) {
        return Jsons.createObjectBuilder()
                .add("de", edit.getString("de", loaded instanceof JsonObject o ? o.getString("de", "") : ""))
                .add("en", edit.getString("en", loaded instanceof JsonObject o ? o.getString("en", "") : ""))
                .build();
    }
}
