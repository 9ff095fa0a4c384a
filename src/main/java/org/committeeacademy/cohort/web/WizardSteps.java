package org.committeeacademy.cohort.web;

import java.util.Map;
import java.util.Set;
import org.committeeacademy.shared.domain.ValidationException.Violation;

/**
 * Where the guided flow shows a refused value: on the step whose input can fix it, beside that input, or at the top of
 * the step when it concerns one of the proposed sessions.
 */
final class WizardSteps {

    static final int BASICS = 1;
    static final int SCHEDULE = 2;
    static final int ENROLMENT = 3;

    /** @param field the input's id in the wizard's form, or null for a message at the top of the step */
    record Place(int step, String field) {}

    private static final Set<String> BASIC_FIELDS =
            Set.of("seriesId", "venueId", "title", "capacity", "format", "language", "fee", "trainerIds");
    private static final Set<String> ENROLMENT_FIELDS =
            Set.of("enrolmentOpens", "enrolmentCloses", "cancellationDeadline", "status", "notes");
    /** Sessions that start inside the enrolment window are fixed by moving the window, not the sessions. */
    private static final Map<String, String> WINDOW_RULES = Map.of(
            "session.beforeWindowCloses", "enrolmentCloses",
            "session.beforeCancellationDeadline", "cancellationDeadline");

    private WizardSteps() {}

    static Place of(Violation violation) {
        String windowField = WINDOW_RULES.get(violation.messageKey());
        if (windowField != null) {
            return new Place(ENROLMENT, windowField);
        }
        if (BASIC_FIELDS.contains(violation.field())) {
            return new Place(BASICS, violation.field());
        }
        if (ENROLMENT_FIELDS.contains(violation.field())) {
            return new Place(ENROLMENT, violation.field());
        }
        return new Place(SCHEDULE, null);
    }
}
