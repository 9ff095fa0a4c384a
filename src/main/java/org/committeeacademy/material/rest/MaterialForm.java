package org.committeeacademy.material.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.material.application.MaterialRequest;
import org.committeeacademy.material.domain.Visibility;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * The parts of a multipart/form-data upload: the file (or a url) and the material's fields. A part's content can be
 * read only once, so each text field is read on first use and kept.
 */
final class MaterialForm {

    private final List<EntityPart> parts;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    MaterialForm(List<EntityPart> parts) {
        // null when the request is not multipart at all (no Content-Type): then it has no fields
        this.parts = parts == null ? List.of() : parts;
    }

    Optional<EntityPart> file() {
        return part("file").filter(p -> p.getFileName().isPresent());
    }

    InputStream content() throws IOException {
        return file().orElseThrow(() -> new ValidationException("file", "material.file.required"))
                .getContent();
    }

    /**
     * Browsers send the name's UTF-8 bytes as they are, and the multipart reader takes them as ISO-8859-1: read
     * them again as UTF-8 when they are valid UTF-8, so that umlauts survive.
     */
    String fileName() {
        String name = file().flatMap(EntityPart::getFileName).orElse("");
        if (name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return name;
        }
    }

    Optional<String> text(String name) {
        return texts.computeIfAbsent(name, this::read);
    }

    private Optional<String> read(String name) {
        return part(name)
                .map(p -> {
                    try {
                        return p.getContent(String.class);
                    } catch (IOException e) {
                        throw new ValidationException(name, "api.validation");
                    }
                })
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    MaterialRequest request() {
        return new MaterialRequest(
                text("title").orElse(null),
                text("description").orElse(null),
                text("language").orElse(null),
                text("moduleKey").orElse(null),
                text("sessionId").map(s -> number("sessionId", s)).orElse(null),
                text("visibility").map(MaterialForm::visibility).orElse(null),
                text("visibleFrom").map(MaterialForm::instant).orElse(null));
    }

    private Optional<EntityPart> part(String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private static Long number(String field, String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "material.session.unknown");
        }
    }

    private static Visibility visibility(String value) {
        try {
            return Visibility.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("visibility", "material.visibility.invalid");
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException("visibleFrom", "material.visibleFrom.invalid");
        }
    }
}
