package org.committeeacademy.curriculum.content;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.json.Jsons;

/**
 * Resolves every {"de": …, "en": …} text of the curriculum content (with "tr", "ar", "uk" where translated) to one
 * language: its own text, else English, then German.
 */
public final class LocalizedJson {

    /** German in plain language (Einfache Sprache), which a summary or the objectives may have besides German. */
    public static final String PLAIN = "plain";

    private static final Set<String> REQUIRED = Set.of("de", "en");
    private static final Set<String> LANGUAGES = Set.of("de", "en", "tr", "ar", "uk", PLAIN);

    private LocalizedJson() {}

    public static JsonValue in(JsonValue value, Language language) {
        return in(value, language.fallbacks().stream().map(Language::code).toList());
    }

    /** Like {@link #in} for German, taking the plain-language text where there is one. */
    public static JsonValue inPlainGerman(JsonValue value) {
        return in(value, List.of(PLAIN, "de"));
    }

    private static JsonValue in(JsonValue value, List<String> preferred) {
        return switch (value.getValueType()) {
            case OBJECT -> object(value.asJsonObject(), preferred);
            case ARRAY -> {
                JsonArrayBuilder array = Jsons.createArrayBuilder();
                value.asJsonArray().forEach(item -> array.add(in(item, preferred)));
                yield array.build();
            }
            default -> value;
        };
    }

    private static JsonValue object(JsonObject object, List<String> preferred) {
        if (object.keySet().containsAll(REQUIRED) && LANGUAGES.containsAll(object.keySet())) {
            JsonValue chosen = preferred.stream()
                    .map(object::get)
                    .filter(v -> v != null && v.getValueType() != JsonValue.ValueType.NULL)
                    .findFirst()
                    .orElse(object.get("de"));
            return in(chosen, preferred);
        }
        JsonObjectBuilder builder = Jsons.createObjectBuilder();
        object.forEach((key, item) -> builder.add(key, in(item, preferred)));
        return builder.build();
    }
}
