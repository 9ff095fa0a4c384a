package org.committeeacademy.attendance.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.shared.domain.LocalizedText;

/**
 * A session's attendance list as the trainer takes it.
 *
 * @param editable whether the caller may mark now (from the session's day; trainers until {@code correctableUntil})
 */
public record SessionSheet(
        long sessionId,
        long cohortId,
        String cohortTitle,
        LocalizedText moduleTitle,
        LocalDateTime start,
        LocalDateTime end,
        String place,
        boolean editable,
        LocalDate correctableUntil,
        List<AttendanceRow> rows) {

    public long marked() {
        return rows.stream().filter(AttendanceRow::isMarked).count();
    }

    /** Participants who joined online and are not marked yet: the list proposes "present" for them. */
    public long proposed() {
        return rows.stream().filter(AttendanceRow::presenceProposed).count();
    }
}
