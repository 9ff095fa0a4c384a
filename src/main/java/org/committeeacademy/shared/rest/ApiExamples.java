package org.committeeacademy.shared.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Examples for the OpenAPI document, in one place: every property of an object schema that has a type but no example of
 * its own gets one chosen by its name and type ("email" → an address, an id → 42, a status → its first value), so each
 * request and answer in the document shows what a real one looks like. Examples written on a field win.
 */
final class ApiExamples {

    /**
     * Name fragments (lower case) and the example text of a string property whose name contains them, in order; a
     * fragment with {@code $} must end the name ("start", "firstStart", not "started").
     */
    private static final List<Map.Entry<String, String>> TEXTS = List.of(
            Map.entry("email", "ayse.demir@example.org"),
            Map.entry("url", "https://example.org/"),
            Map.entry("link", "https://example.org/"),
            Map.entry("password", "eine-lange-Passphrase-2027"),
            Map.entry("token", "ca_4f9c2e…"),
            Map.entry("secret", "whsec_4f9c2e…"),
            Map.entry("language", "de"),
            Map.entry("modulekey", "local-context"),
            Map.entry("key", "local-context"),
            Map.entry("city", "Bonn"),
            Map.entry("address", "Wilhelmsplatz 3, 53111 Bonn"),
            Map.entry("title", "Bonn – Samstagsreihe"),
            Map.entry("venue", "VHS Bonn, Haus der Bildung"),
            Map.entry("room", "Raum 2.14"),
            Map.entry("name", "Ayşe Demir"),
            Map.entry("code", "K7QM-2P4X"),
            Map.entry("status", "OPEN"),
            Map.entry("role", "MEMBER"),
            Map.entry("$date", "2027-03-14"),
            Map.entry("$start", "2027-03-14T10:00:00+01:00"),
            Map.entry("$end", "2027-03-14T13:00:00+01:00"));

    private ApiExamples() {}

    static void fill(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (property.getRef() == null && property.getExample() == null && property.getType() != null) {
                Object example = example(name.toLowerCase(Locale.ROOT), property);
                if (example != null) {
                    property.setExample(example);
                }
            }
        });
    }

    private static Object example(String name, Schema property) {
        if (property.getEnumeration() != null && !property.getEnumeration().isEmpty()) {
            return property.getEnumeration().get(0);
        }
        return switch (property.getType()) {
            case STRING ->
                TEXTS.stream()
                        .filter(e -> e.getKey().startsWith("$")
                                ? name.endsWith(e.getKey().substring(1))
                                : name.contains(e.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse("Ein kurzer Text");
            case INTEGER, NUMBER -> number(name);
            case BOOLEAN -> Boolean.TRUE;
            default -> null;
        };
    }

    private static BigDecimal number(String name) {
        if (name.equals("id") || name.endsWith("id")) {
            return BigDecimal.valueOf(42);
        }
        if (name.contains("capacity") || name.contains("seats")) {
            return BigDecimal.valueOf(8);
        }
        if (name.contains("position") || name.contains("page") || name.contains("checkpoint")) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(3);
    }
}
