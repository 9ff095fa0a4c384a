package org.committeeacademy.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.curriculum.application.CurriculumEditing;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * Staff, the coordinator and admins edit the German and English texts of a module's self-paced units: title,
 * summary, and each page's title and Markdown text. Questions and their keys stay as the files have them.
 */
@Named
@ViewScoped
public class EditUnits implements Serializable {

    @Inject
    CurriculumEditing editing;

    @Inject
    PageMessages messages;

    private String moduleKey;
    private String unitKey;
    private TextFields texts = new TextFields();
    private List<TextFields> pages = new ArrayList<>();

    /** The modules that have units. */
    public List<Module> getModules() {
        return editing.allModules().stream()
                .filter(m -> !editing.units(m.key()).isEmpty())
                .toList();
    }

    /** The chosen module's units: key and German title. */
    public List<String[]> getUnits() {
        if (moduleKey == null) {
            return List.of();
        }
        return editing.units(moduleKey).stream()
                .map(u -> new String[] {u.getString("key"), text(u.get("title")).de()})
                .toList();
    }

    public void selectModule() {
        unitKey = null;
        pages = new ArrayList<>();
        texts = new TextFields();
    }

    public void selectUnit() {
        editing.units(moduleKey).stream()
                .filter(u -> u.getString("key").equals(unitKey))
                .findFirst()
                .ifPresent(u -> {
                    texts = TextFields.of(text(u.get("title")), text(u.get("summary")));
                    pages = new ArrayList<>();
                    u.getJsonArray("pages")
                            .getValuesAs(JsonObject.class)
                            .forEach(p -> pages.add(TextFields.of(text(p.get("title")), text(p.get("text")))));
                });
    }

    public void save() {
        JsonArrayBuilder pageTexts = Jsons.createArrayBuilder();
        pages.forEach(p -> pageTexts.add(
                Jsons.createObjectBuilder().add("title", json(p.title())).add("text", json(p.summary()))));
        var edit = Jsons.createObjectBuilder().add("title", json(texts.title())).add("pages", pageTexts);
        if (!texts.summary().de().isBlank() || !texts.summary().en().isBlank()) {
            edit.add("summary", json(texts.summary()));
        }
        if (messages.attempt(() -> editing.editUnitTexts(moduleKey, unitKey, edit.build()), Refusals.onPage())) {
            messages.info("editor.unit.saved");
        }
    }

    private static JsonObject json(LocalizedText text) {
        return Jsons.createObjectBuilder()
                .add("de", text.de())
                .add("en", text.en())
                .build();
    }

    private static LocalizedText text(JsonValue value) {
        return value instanceof JsonObject o
                ? new LocalizedText(o.getString("de", ""), o.getString("en", ""))
                : new LocalizedText("", "");
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        this.moduleKey = moduleKey;
    }

    public String getUnitKey() {
        return unitKey;
    }

    public void setUnitKey(String unitKey) {
        this.unitKey = unitKey;
    }

    public TextFields getTexts() {
        return texts;
    }

    public List<TextFields> getPages() {
        return pages;
    }
}
