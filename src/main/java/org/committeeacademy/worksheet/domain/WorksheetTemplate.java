package org.committeeacademy.worksheet.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A worksheet template in one language: sections of typed fields, as the module descriptor declares them. */
public record WorksheetTemplate(String key, String title, String introduction, List<Section> sections) {

    public record Section(String key, String title, String help, List<Field> fields) {}

    public record Field(String key, String label, FieldType type, boolean required, List<Column> columns) {}

    public record Column(String key, String label) {}

    /** Reads a template whose {de, en} texts are already resolved to one language. */
    public static WorksheetTemplate of(JsonObject json) {
        return new WorksheetTemplate(
                json.getString("key"),
                text(json, "title"),
                text(json, "introduction"),
                objects(json, "sections").map(WorksheetTemplate::section).toList());
    }

    public Stream<Field> fields() {
        return sections.stream().flatMap(s -> s.fields().stream());
    }

    public Optional<Field> field(String fieldKey) {
        return fields().filter(f -> f.key().equals(fieldKey)).findFirst();
    }

    public Optional<Section> section(String sectionKey) {
        return sections.stream().filter(s -> s.key().equals(sectionKey)).findFirst();
    }

    private static Section section(JsonObject json) {
        return new Section(
                json.getString("key"),
                text(json, "title"),
                text(json, "help"),
                objects(json, "fields").map(WorksheetTemplate::field).toList());
    }

    private static Field field(JsonObject json) {
        List<Column> columns = objects(json, "columns")
                .map(c -> new Column(c.getString("key"), text(c, "label")))
                .toList();
        return new Field(
                json.getString("key"),
                text(json, "label"),
                FieldType.of(json.getString("type")),
                json.getBoolean("required", false),
                columns);
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof jakarta.json.JsonString s ? s.getString() : "";
    }

    private static Stream<JsonObject> objects(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value == null || value.getValueType() != JsonValue.ValueType.ARRAY
                ? Stream.empty()
                : value.asJsonArray().getValuesAs(JsonObject.class).stream();
    }
}
