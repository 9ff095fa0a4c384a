package org.committeeacademy.cohort.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;

/**
 * Whether a cohort's terms may change to a new plan as the cohort stands: the capacity fits the smallest room of its
 * sessions and the people already confirmed, enrolment and cancellation close by the first session, and the format
 * allows the room or link of every session.
 */
final class PlanRevision {

    private PlanRevision() {}

    /** @param confirmed the people who hold a seat now */
    static void check(Cohort cohort, CohortPlan plan, long confirmed) {
        List<Violation> problems = new ArrayList<>(plan.violations());
        List<Session> sessions = cohort.activeSessions();
        OptionalInt smallestRoom = sessions.stream()
                .filter(s -> s.room() != null)
                .mapToInt(s -> s.room().seats())
                .min();
        if (smallestRoom.isPresent() && plan.capacity() > smallestRoom.getAsInt()) {
            problems.add(new Violation("capacity", "cohort.capacity.aboveRoom"));
        } else if (plan.capacity() < confirmed) {
            problems.add(new Violation("capacity", "cohort.capacity.belowConfirmed"));
        }
        sessions.stream()
                .map(s -> s.start().toLocalDate())
                .min(LocalDate::compareTo)
                .ifPresent(first -> {
                    if (plan.enrolmentCloses() != null && plan.enrolmentCloses().isAfter(first)) {
                        problems.add(new Violation("enrolmentCloses", "cohort.window.afterFirstSession"));
                    }
                    if (plan.cancellationDeadline() != null
                            && plan.cancellationDeadline().isAfter(first)) {
                        problems.add(new Violation("cancellationDeadline", "cohort.cancellation.afterFirstSession"));
                    }
                });
        boolean formatFits = sessions.stream()
                .allMatch(s -> s.room() != null
                        ? plan.format().allowsRoom()
                        : plan.format().allowsLink());
        if (!formatFits) {
            problems.add(new Violation("format", "cohort.format.sessions"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
