package org.committeeacademy.identity.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class NewAccountDtoTest {

    @Test
    void acceptsACompleteRequest() {
        assertDoesNotThrow(
                () -> new NewAccountDto("a@example.org", "A", "long enough", List.of("MEMBER"), "en", null).validate());
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new NewAccountDto("nope", "x".repeat(201), "short", List.of("KING"), "fr", null).validate());

        assertEquals(
                List.of("email", "name", "password", "roles", "language"),
                e.violations().stream()
                        .map(ValidationException.Violation::field)
                        .toList());
    }

    @Test
    void missingValuesAreReportedAsMissing() {
        ValidationException e = assertThrows(
                ValidationException.class, () -> new NewAccountDto(null, null, null, null, null, null).validate());

        assertEquals(
                List.of("api.email.required", "api.name.required", "api.password.required", "api.roles.required"),
                e.violations().stream()
                        .map(ValidationException.Violation::messageKey)
                        .toList());
    }
}
