package org.committeeacademy.shared.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.committeeacademy.shared.domain.ValidationException.Violation;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void namesEveryRefusedFieldAtOnceInTheOrderChecked() {
        ValidationException e = assertThrows(ValidationException.class, () -> new FieldChecks()
                .required("name", " ", 10)
                .optional("notes", "x".repeat(11), 10)
                .email("mail", "no-at-sign", "mail.format")
                .refuseIf(true, "colour", "colour.format")
                .done());

        assertEquals(
                List.of(
                        new Violation("name", "validation.required"),
                        new Violation("notes", "validation.tooLong"),
                        new Violation("mail", "mail.format"),
                        new Violation("colour", "colour.format")),
                e.violations());
    }

    @Test
    void letsGoodAndMissingOptionalValuesThrough() {
        assertDoesNotThrow(() -> new FieldChecks()
                .required("name", "VHS Bonn", 10)
                .optional("notes", null, 10)
                .email("mail", null, "mail.format")
                .email("mail", "info@vhs-bonn.de", "mail.format")
                .refuseIf(false, "colour", "colour.format")
                .done());
    }

    @Test
    void aRequiredValueMayNotBeTooLongEither() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new FieldChecks().required("name", "x".repeat(11), 10).done());

        assertEquals(List.of(new Violation("name", "validation.tooLong")), e.violations());
    }
}
