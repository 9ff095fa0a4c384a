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
        JsonObject content = LocalizedJson.in(module.shownContent(), language).asJsonObject();
        List<String> objectives = content.getJsonArray("objectives").getValuesAs(JsonString::getString);
        List<AgendaItem> agenda = content.getJsonArray("agenda").getValuesAs(JsonObject.class).stream()
                .map(item -> new AgendaItem(item.getString("start"), item.getString("end"), item.getString("title")))
                .toList();
        return new ModuleOutline(
                module.key(),
                module.title().in(language),
                module.summary().in(language),
                module.durationMinutes(),
                objectives,
                agenda);
    }
}
