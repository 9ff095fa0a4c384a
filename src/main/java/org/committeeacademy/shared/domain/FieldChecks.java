package org.committeeacademy.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.committeeacademy.shared.domain.ValidationException.Violation;

/** Collects what is wrong with a form's fields, so that a refusal names every field at once. */
public final class FieldChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL = 254;

    private final List<Violation> problems = new ArrayList<>();

    /** A value that must be given and fit in {@code max} characters. */
    public FieldChecks required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return refuse(field, "validation.required");
        }
        return optional(field, value, max);
    }

    /** A value that may be left out but must fit in {@code max} characters. */
    public FieldChecks optional(String field, String value, int max) {
        return value != null && value.length() > max ? refuse(field, "validation.tooLong") : this;
    }

    /** An e-mail address that may be left out, refused with the field's own message when malformed. */
    public FieldChecks email(String field, String value, String messageKey) {
        boolean wrong = value != null
                && (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches());
        return wrong ? refuse(field, messageKey) : this;
    }

    public FieldChecks refuseIf(boolean wrong, String field, String messageKey) {
        return wrong ? refuse(field, messageKey) : this;
    }

    /** @throws ValidationException naming every refused field, when there is one */
    public void done() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private FieldChecks refuse(String field, String messageKey) {
        problems.add(new Violation(field, messageKey));
        return this;
    }
}
