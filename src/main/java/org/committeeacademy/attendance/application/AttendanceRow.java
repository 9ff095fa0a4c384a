package org.committeeacademy.attendance.application;

import org.committeeacademy.attendance.domain.AttendanceStatus;

/** One participant on a session's attendance list; {@code status} is null while unmarked. */
public record AttendanceRow(
        long memberId, String name, AttendanceStatus status, boolean apology, String apologyNote, int absences) {

    public boolean isMarked() {
        return status != null;
    }

    public boolean is(String name) {
        return status != null && status.name().equals(name);
    }
}
