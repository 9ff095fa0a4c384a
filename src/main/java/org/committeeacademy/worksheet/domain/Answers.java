package org.committeeacademy.worksheet.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.json.Jsons;

/**
 * A worksheet's answers, one JSON value per field key, checked against the template: strings for text, long text
 * and dates, arrays of strings for lists, arrays of objects for tables and goals. Nothing but the template's fields.
 */
public final class Answers {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_ROWS = 50;

    private final JsonObject json;

    private Answers(JsonObject json) {
        this.json = json;
    }

    public static Answers none() {
        return new Answers(JsonValue.EMPTY_JSON_OBJECT);
    }

    /** Stored answers, which were checked when they were saved. */
    public static Answers stored(String json) {
        return json == null || json.isBlank()
                ? none()
                : new Answers(Jsons.createReader(new StringReader(json)).readObject());
    }

    /** Answers sent by the member; refuses fields the template does not have and values of the wrong shape. */
    public static Answers read(WorksheetTemplate template, JsonObject sent) {
        JsonObjectBuilder clean = Jsons.createObjectBuilder();
        for (var entry : sent.entrySet()) {
            String key = entry.getKey();
            WorksheetTemplate.Field field = template.field(key)
                    .orElseThrow(() -> new ValidationException(key, "worksheet.answer.unknownField"));
            if (entry.getValue().getValueType() != JsonValue.ValueType.NULL) {
                clean.add(key, value(field, entry.getValue()));
            }
        }
        return new Answers(clean.build());
    }

    private static JsonValue value(WorksheetTemplate.Field field, JsonValue value) {
        return switch (field.type()) {
            case TEXT, LONGTEXT -> string(field.key(), value);
            case DATE -> date(field.key(), value);
            case LIST -> {
                JsonArrayBuilder list = Jsons.createArrayBuilder();
                rows(field.key(), value).forEach(item -> list.add(string(field.key(), item)));
                yield list.build();
            }
            case TABLE ->
                table(
                        field.key(),
                        value,
                        field.columns().stream()
                                .map(WorksheetTemplate.Column::key)
                                .toList());
            case GOALS -> table(field.key(), value, GoalAnswer.PARTS);
        };
    }

    private static JsonArray table(String key, JsonValue value, List<String> columns) {
        JsonArrayBuilder rows = Jsons.createArrayBuilder();
        for (JsonValue row : rows(key, value)) {
            if (row.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ValidationException(key, "worksheet.answer.shape");
            }
            JsonObjectBuilder cells = Jsons.createObjectBuilder();
            for (var cell : row.asJsonObject().entrySet()) {
                if (!columns.contains(cell.getKey())) {
                    throw new ValidationException(key, "worksheet.answer.shape");
                }
                cells.add(
                        cell.getKey(),
                        cell.getKey().equals("deadline") ? date(key, cell.getValue()) : string(key, cell.getValue()));
            }
            rows.add(cells);
        }
        return rows.build();
    }

    private static List<JsonValue> rows(String key, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ValidationException(key, "worksheet.answer.shape");
        }
        if (value.asJsonArray().size() > MAX_ROWS) {
            throw new ValidationException(key, "worksheet.answer.tooMany");
        }
        return value.asJsonArray();
    }

    private static JsonString string(String key, JsonValue value) {
        if (!(value instanceof JsonString text)) {
            throw new ValidationException(key, "worksheet.answer.shape");
        }
        if (text.getString().length() > MAX_TEXT) {
            throw new ValidationException(key, "worksheet.answer.tooLong");
        }
        return text;
    }

    private static JsonString date(String key, JsonValue value) {
        JsonString text = string(key, value);
        if (!text.getString().isBlank()) {
            try {
                LocalDate.parse(text.getString().strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException(key, "worksheet.answer.date");
            }
        }
        return text;
    }

    public JsonObject asJson() {
        return json;
    }

    /** The text of a text, long text or date field; "" when not answered. */
    public String text(String fieldKey) {
        return json.get(fieldKey) instanceof JsonString s ? s.getString() : "";
    }

    /** The rows of a list, table or goals field. */
    public List<JsonValue> rows(String fieldKey) {
        return json.get(fieldKey) instanceof JsonArray a ? a : List.of();
    }

    /** Whether the field holds something: a non-blank text, a non-blank list item, a table row with a cell filled. */
    public boolean answered(WorksheetTemplate.Field field) {
        return switch (field.type()) {
            case TEXT, LONGTEXT, DATE -> !text(field.key()).isBlank();
            default -> rows(field.key()).stream().anyMatch(Answers::filled);
        };
    }

    private static boolean filled(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> !((JsonString) value).getString().isBlank();
            case OBJECT -> value.asJsonObject().values().stream().anyMatch(Answers::filled);
            case ARRAY -> value.asJsonArray().stream().anyMatch(Answers::filled);
            case NULL -> false;
            default -> true;
        };
    }

    /** The goals of every goals field of the template, blank ones left out. */
    public List<GoalAnswer> goals(WorksheetTemplate template) {
        return template.fields()
                .filter(f -> f.type() == FieldType.GOALS)
                .flatMap(f -> rows(f.key()).stream())
                .map(row -> GoalAnswer.of(row.asJsonObject()))
                .filter(g -> !g.isBlank())
                .toList();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
