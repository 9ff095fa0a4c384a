package org.committeeacademy.curriculum.content;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.shared.domain.Language;

/** Resolves every {"de": …, "en": …} pair of the curriculum content to one language (German as the fallback). */
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
            JsonValue chosen = object.get(language.code());
            return in(chosen.getValueType() == JsonValue.ValueType.NULL ? object.get("de") : chosen, language);
        }
        JsonObjectBuilder builder = Json.createObjectBuilder();
        object.forEach((key, item) -> builder.add(key, in(item, language)));
        return builder.build();
    }
}
