package org.committeeacademy.project.domain;

import org.committeeacademy.shared.domain.ValidationException;

/**
 * A project's check-in: how far it came (−2 much worse … +2 much better, the scale goals use) and the soft outcomes
 * module 4 is about: did people who did not know each other work together, did newcomers take a leading role.
 */
public record CheckInAnswers(int rating, Answer strangersTogether, Answer newcomersLed, String note) {

    public static final int MAX_NOTE = 2000;

    public CheckInAnswers {
        note = note == null || note.isBlank() ? null : note.strip();
    }

    CheckInAnswers checked() {
        if (rating < -2 || rating > 2) {
            throw new ValidationException("rating", "goal.checkIn.scale");
        }
        if (strangersTogether == null) {
            throw new ValidationException("strangersTogether", "validation.required");
        }
        if (newcomersLed == null) {
            throw new ValidationException("newcomersLed", "validation.required");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new ValidationException("note", "goal.checkIn.noteTooLong");
        }
        return this;
    }
}
