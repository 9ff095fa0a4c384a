package org.committeeacademy.cohort.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;

/** The terms of a cohort that staff set and may revise: size, format, fee and the enrolment window. */
public record CohortPlan(
        String title,
        int capacity,
        CohortFormat format,
        Language language,
        BigDecimal fee,
        LocalDate enrolmentOpens,
        LocalDate enrolmentCloses,
        LocalDate cancellationDeadline,
        boolean approvalRequired,
        String notes) {

    public static final BigDecimal MAX_FEE = new BigDecimal("999999.99");

    public CohortPlan {
        title = title == null ? "" : title.strip();
        format = format == null ? CohortFormat.IN_PERSON : format;
        language = language == null ? Language.DE : language;
        fee = fee == null ? BigDecimal.ZERO : fee;
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** A new plan with the defaults: 8 places, in person, German, free of charge. */
    public static CohortPlan defaults(String title) {
        return new CohortPlan(title, Cohort.DEFAULT_CAPACITY, null, null, null, null, null, null, false, null);
    }

    /** The rules that hold without looking at sessions. */
    List<Violation> violations() {
        List<Violation> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(new Violation("title", "validation.required"));
        } else if (title.length() > 200) {
            problems.add(new Violation("title", "validation.tooLong"));
        }
        if (capacity < 1 || capacity > Cohort.MAX_CAPACITY) {
            problems.add(new Violation("capacity", "cohort.capacity.range"));
        }
        if (fee.signum() < 0 || fee.compareTo(MAX_FEE) > 0 || fee.scale() > 2) {
            problems.add(new Violation("fee", "cohort.fee.range"));
        }
        if (enrolmentOpens != null && enrolmentCloses != null && enrolmentCloses.isBefore(enrolmentOpens)) {
            problems.add(new Violation("enrolmentCloses", "cohort.window.order"));
        }
        if (notes != null && notes.length() > 2000) {
            problems.add(new Violation("notes", "validation.tooLong"));
        }
        return problems;
    }

    public void validate() {
        List<Violation> problems = violations();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
