package org.committeeacademy.shared.domain;

import java.util.List;

/**
 * A rule of the domain refused the input. Carries message keys of the bundles (so pages and API speak the
 * user's language) per field.
 */
public class ValidationException extends RuntimeException {

    public record Violation(String field, String messageKey) {}

    private final List<Violation> violations;

    public ValidationException(String field, String messageKey) {
        this(List.of(new Violation(field, messageKey)));
    }

    public ValidationException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
