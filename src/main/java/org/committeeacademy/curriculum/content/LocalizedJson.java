package org.committeeacademy.curriculum.content;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.shared.domain.Language;

/**
 * Resolves every {"de": …, "en": …} text of the curriculum content (with "tr", "ar", "uk" where translated) to one
 * language: its own text, else English, then German.
 */
public final class LocalizedJson {

    private static final Set<String> REQUIRED = Set.of("de", "en");
    private static final Set<String> LANGUAGES = Set.of("de", "en", "tr", "ar", "uk");

    private LocalizedJson() {}

    public static JsonValue in(JsonValue value, Language language) {
        return switch (value.getValueType()) {
            case OBJECT -> object(value.asJsonObject(), language);
            case ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                value.asJsonArray().forEach(item -> array.add(in(item, language)));
                yield array.build();
            }
            default -> value;
        };
    }

    private static JsonValue object(JsonObject object, Language language) {
        if (object.keySet().containsAll(REQUIRED) && LANGUAGES.containsAll(object.keySet())) {
            JsonValue chosen = language.fallbacks().stream()
                    .map(l -> object.get(l.code()))
                    .filter(v -> v != null && v.getValueType() != JsonValue.ValueType.NULL)
                    .findFirst()
                    .orElse(object.get("de"));
            return in(chosen, language);
        }
        JsonObjectBuilder builder = Json.createObjectBuilder();
        object.forEach((key, item) -> builder.add(key, in(item, language)));
        return builder.build();
    }
}
