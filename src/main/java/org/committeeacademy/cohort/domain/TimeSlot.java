package org.committeeacademy.cohort.domain;

import java.time.LocalDateTime;
import org.committeeacademy.shared.domain.ValidationException;

/** A span of wall-clock time at the venue, start inclusive and end exclusive. */
public record TimeSlot(LocalDateTime start, LocalDateTime end) {

    public TimeSlot {
        if (start == null) {
            throw new ValidationException("start", "validation.required");
        }
        if (end == null) {
            throw new ValidationException("end", "validation.required");
        }
        if (!end.isAfter(start)) {
            throw new ValidationException("end", "session.end.beforeStart");
        }
    }

    /** A session ending at 12:00 and one starting at 12:00 do not overlap. */
    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
