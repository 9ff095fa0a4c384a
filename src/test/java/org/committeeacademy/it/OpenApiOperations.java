package org.committeeacademy.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the live OpenAPI document and the hostile input the fuzz pass makes from them: values of the wrong
 * type for each query parameter and body property, huge strings, deep nesting, unknown fields, missing ones.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    static final String HUGE_STRING = "x".repeat(200_000);

    /** One operation: method, path template, its parameters and what it takes and answers. */
    record Operation(String method, String path, List<JsonObject> parameters, JsonObject body, JsonObject responses) {

        String key() {
            return method.toUpperCase() + " " + path;
        }

        boolean takesJson() {
            return body != null && body.getJsonObject("content").containsKey("application/json");
        }

        /** Multipart, images: sent here only as a JSON body, which must be refused with a problem. */
        boolean takesOtherBody() {
            return body != null && !takesJson();
        }

        List<String> pathParameters() {
            return parameters.stream()
                    .filter(p -> p.getString("in").equals("path"))
                    .map(p -> p.getString("name"))
                    .toList();
        }

        List<JsonObject> queryParameters() {
            return parameters.stream()
                    .filter(p -> p.getString("in").equals("query"))
                    .toList();
        }

        /**
         * An error is problem+json; a success has a documented type, no body, or JSON where the document names none.
         */
        boolean answersAsDocumented(int status, String type, boolean empty) {
            if (status >= 400) {
                return type.startsWith("application/problem+json");
            }
            Set<String> documented = documentedTypes(status);
            return documented.stream().anyMatch(type::startsWith)
                    || empty
                    || documented.isEmpty() && type.startsWith("application/json");
        }

        /** The content types documented for this status (or for "default"); empty if none are. */
        Set<String> documentedTypes(int status) {
            JsonObject answer = responses.getJsonObject(String.valueOf(status));
            if (answer == null) {
                answer = responses.getJsonObject("default");
            }
            return answer == null || !answer.containsKey("content")
                    ? Set.of()
                    : answer.getJsonObject("content").keySet();
        }
    }

    private final JsonObject document;

    OpenApiOperations(JsonObject document) {
        this.document = document;
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            List<JsonObject> shared = parameters(item);
            for (Map.Entry<String, JsonValue> method : item.entrySet()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonObject op = method.getValue().asJsonObject();
                List<JsonObject> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(op));
                operations.add(new Operation(
                        method.getKey(),
                        path.getKey(),
                        parameters,
                        op.containsKey("requestBody") ? resolve(op.getJsonObject("requestBody")) : null,
                        op.containsKey("responses") ? op.getJsonObject("responses") : JsonValue.EMPTY_JSON_OBJECT));
            }
        }
        return operations;
    }

    /** The hostile value for a query parameter of this schema: a word for a number, a bad date, markup for text. */
    String hostileQueryValue(JsonObject parameter) {
        JsonObject schema = schema(parameter);
        String type = schema.getString("type", "string");
        String format = schema.getString("format", "");
        return switch (type) {
            case "integer", "number" -> "abc";
            case "boolean" -> "maybe";
            case "array" -> "%5B%5D";
            default -> format.startsWith("date") ? "2027-13-45" : "%27%22%3Cscript%3E%7B%7D" + "y".repeat(300);
        };
    }

    /** Each property given a value of a type it does not have (never one JSON-B could convert). */
    String wrongTypes(Operation op) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        properties(op).forEach((name, schema) -> body.add(name, wrongValue(schema.asJsonObject())));
        return body.add("zzUnknown", "?").build().toString();
    }

    /** Every property a string of up to 200,000 characters, all together below the 1 MB body limit (so parsed). */
    String hugeStrings(Operation op) {
        Map<String, JsonValue> properties = properties(op);
        String huge = HUGE_STRING.substring(0, Math.min(HUGE_STRING.length(), 900_000 / (properties.size() + 1)));
        JsonObjectBuilder body = Json.createObjectBuilder();
        properties.forEach((name, schema) -> body.add(name, huge));
        return body.add("name", huge).build().toString();
    }

    /** The first property (or "a") holding arrays nested this deep. */
    String deep(Operation op, int depth) {
        String name = properties(op).keySet().stream().findFirst().orElse("a");
        return "{\"" + name + "\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    /** Only fields the schema does not have; the required ones are all missing. */
    static String unknownFieldsOnly() {
        return "{\"zzUnknown\": 1, \"__proto__\": {\"admin\": true}, \"constructor\": null}";
    }

    private JsonValue wrongValue(JsonObject schema) {
        String type = resolve(schema).getString("type", "object");
        JsonArrayBuilder nested =
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("$gt", ""));
        return switch (type) {
            case "string" -> Json.createObjectBuilder().add("$gt", "").build();
            case "array" -> Json.createValue("not a list");
            case "integer", "number", "boolean" -> Json.createValue("abc");
            default -> nested.build();
        };
    }

    /** Whether the body is an object (a list or a text may be taken as it is: "[]" could empty a real list). */
    boolean takesObject(Operation op) {
        return op.takesJson() && "object".equals(jsonSchema(op).getString("type", "object"));
    }

    boolean hasProperties(Operation op) {
        return !properties(op).isEmpty();
    }

    private Map<String, JsonValue> properties(Operation op) {
        if (!op.takesJson()) {
            return Map.of();
        }
        JsonObject schema = jsonSchema(op);
        return schema.containsKey("properties") ? schema.getJsonObject("properties") : Map.of();
    }

    private JsonObject jsonSchema(Operation op) {
        return resolve(op.body()
                .getJsonObject("content")
                .getJsonObject("application/json")
                .getJsonObject("schema"));
    }

    private JsonObject schema(JsonObject parameter) {
        return parameter.containsKey("schema")
                ? resolve(parameter.getJsonObject("schema"))
                : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** Follows a {@code $ref} into the document (components), once or more. */
    JsonObject resolve(JsonObject object) {
        JsonObject current = object;
        Set<String> seen = new LinkedHashSet<>();
        while (current != null && current.containsKey("$ref") && seen.add(current.getString("$ref"))) {
            JsonValue target = document;
            for (String part : current.getString("$ref").substring(2).split("/")) {
                target = target.asJsonObject().get(part);
            }
            current = target.asJsonObject();
        }
        return current;
    }

    private List<JsonObject> parameters(JsonObject owner) {
        if (!owner.containsKey("parameters")) {
            return List.of();
        }
        return owner.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .map(this::resolve)
                .toList();
    }
}
