package org.committeeacademy.identity.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class NewAccountDtoTest {

    @Test
    void acceptsACompleteRequest() {
        assertDoesNotThrow(
                () -> new NewAccountDto("a@example.org", "A", "long enough", List.of("MEMBER"), "en", null).validate());
    }

    @Test
    void acceptsTheCoordinatorRole() {
        var request = new NewAccountDto("k@example.org", "K", "long enough", List.of("COORDINATOR"), "de", null);

        assertDoesNotThrow(request::validate);
        assertEquals(Set.of(Role.COORDINATOR), request.roleSet());
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
