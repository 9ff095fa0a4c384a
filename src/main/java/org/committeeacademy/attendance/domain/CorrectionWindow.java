package org.committeeacademy.attendance.domain;

import java.time.LocalDate;
import org.committeeacademy.shared.domain.ConflictException;

/**
 * When attendance may be taken: from the day of the session on (a trainer marks in the room, also before it starts),
 * and by trainers only for {@code days} days after it; later corrections are for staff.
 */
public record CorrectionWindow(int days) {

    public static final int DEFAULT_DAYS = 14;

    public CorrectionWindow {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
    }

    /** The last day a trainer may still change the attendance of a session held on that day. */
    public LocalDate lastDayFor(LocalDate sessionDay) {
        return sessionDay.plusDays(days);
    }

    public boolean isOpenForTrainers(LocalDate sessionDay, LocalDate today) {
        return !today.isAfter(lastDayFor(sessionDay));
    }

    /** Refuses marks before the session's day, and a trainer's after the window, each with its own message. */
    public void requireMarkable(LocalDate sessionDay, LocalDate today, boolean staff) {
        if (today.isBefore(sessionDay)) {
            throw new ConflictException("attendance.notYet");
        }
        if (!staff && !isOpenForTrainers(sessionDay, today)) {
            throw new ConflictException("attendance.correctionClosed", days);
        }
    }
}
