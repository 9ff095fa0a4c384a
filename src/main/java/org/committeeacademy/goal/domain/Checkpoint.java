package org.committeeacademy.goal.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The check-ins after the course: 3, 6 and 12 months after the cohort's last session. */
public enum Checkpoint {
    THREE_MONTHS(3),
    SIX_MONTHS(6),
    TWELVE_MONTHS(12);

    private final int months;

    Checkpoint(int months) {
        this.months = months;
    }

    public static Optional<Checkpoint> ofMonths(int months) {
        return Arrays.stream(values()).filter(c -> c.months == months).findFirst();
    }

    public int months() {
        return months;
    }

    public LocalDate dueOn(LocalDate courseEnd) {
        return courseEnd.plusMonths(months);
    }
}
