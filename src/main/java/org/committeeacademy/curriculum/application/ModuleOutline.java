package org.committeeacademy.curriculum.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.committeeacademy.curriculum.content.LocalizedJson;
import org.committeeacademy.shared.domain.Language;

/** What the catalogue shows of a module, in one language: objectives and the day's agenda. */
public record ModuleOutline(
        String key,
        String title,
        String summary,
        int durationMinutes,
        List<String> objectives,
        List<AgendaItem> agenda) {

    public record AgendaItem(String start, String end, String title) {}

    public static ModuleOutline of(ModuleView module, Language language) {
        return of(module, language, false);
    }

    /**
     * In plain German ({@code plainGerman} with German), the summary and objectives are their plain-language versions
     * where the module has them (and its summary was not edited in the application).
     */
    public static ModuleOutline of(ModuleView module, Language language, boolean plainGerman) {
        boolean plain = plainGerman && language == Language.DE;
        JsonObject content = (plain
                        ? LocalizedJson.inPlainGerman(module.shownContent())
                        : LocalizedJson.in(module.shownContent(), language))
                .asJsonObject();
        String summary = module.summary().in(language);
        JsonObject loaded = module.shownContent().getJsonObject("summary");
        if (plain
                && loaded != null
                && loaded.containsKey(LocalizedJson.PLAIN)
                && summary.equals(loaded.getString("de"))) {
            summary = loaded.getString(LocalizedJson.PLAIN);
        }
        List<String> objectives = content.getJsonArray("objectives").getValuesAs(JsonString::getString);
        List<AgendaItem> agenda = content.getJsonArray("agenda").getValuesAs(JsonObject.class).stream()
                .map(item -> new AgendaItem(item.getString("start"), item.getString("end"), item.getString("title")))
                .toList();
        return new ModuleOutline(
                module.key(), module.title().in(language), summary, module.durationMinutes(), objectives, agenda);
    }
}
