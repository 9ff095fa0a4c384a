package org.committeeacademy.project.rest;

import java.util.Locale;
import org.committeeacademy.project.domain.Answer;
import org.committeeacademy.project.domain.CheckInAnswers;
import org.committeeacademy.shared.domain.ValidationException;

/** The small bodies of the project endpoints, and how their words become the domain's values. */
public final class ProjectInputs {

    private ProjectInputs() {}

    /** {@code {status: IDEA, PLANNING, RUNNING or DONE}} */
    public record StatusInput(String status) {}

    /** {@code {email, role: COORDINATION, AMBASSADOR, EXPERT or PARTICIPANT}} */
    public record ParticipantInput(String email, String role) {}

    /** {@code {residence: NEW_HERE, LONG_HERE or null}}: only about oneself. */
    public record ResidenceInput(String residence) {}

    /** {@code {text}} of at most 2000 characters. */
    public record UpdateInput(String text) {}

    /** {@code {checkpoint: 3, 6 or 12, rating: -2..2, strangersTogether, newcomersLed: YES, NO or UNSURE, note}} */
    public record CheckInInput(
            Integer checkpoint, Integer rating, String strangersTogether, String newcomersLed, String note) {}

    /** The check-in's answers, each checked: a 400 names the field that is missing or wrong. */
    static CheckInAnswers answers(CheckInInput input) {
        return new CheckInAnswers(
                number(input.rating(), "rating"),
                value(Answer.class, "strangersTogether", input.strangersTogether(), true),
                value(Answer.class, "newcomersLed", input.newcomersLed(), true),
                input.note());
    }

    static <E extends Enum<E>> E value(Class<E> type, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new ValidationException(field, "validation.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "project.value.unknown");
        }
    }

    static int number(Integer value, String field) {
        if (value == null) {
            throw new ValidationException(field, "validation.required");
        }
        return value;
    }
}
