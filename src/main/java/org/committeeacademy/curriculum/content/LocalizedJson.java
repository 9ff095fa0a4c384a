package org.committeeacademy.curriculum.content;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.shared.domain.Language;

/** Resolves every {"de": …, "en": …} pair of the curriculum content to one language (English, then German
 * as the fallback for the languages the descriptors do not have). */
public final class LocalizedJson {

    private static final Set<String> LANGUAGES = Set.of("de", "en");

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
        if (object.keySet().equals(LANGUAGES)) {
            JsonValue chosen = language.fallbacks().stream()
                    .filter(l -> LANGUAGES.contains(l.code()))
                    .map(l -> object.get(l.code()))
                    .filter(v -> v.getValueType() != JsonValue.ValueType.NULL)
                    .findFirst()
                    .orElse(object.get("de"));
            return in(chosen, language);
        }
        JsonObjectBuilder builder = Json.createObjectBuilder();
        object.forEach((key, item) -> builder.add(key, in(item, language)));
        return builder.build();
    }
}
