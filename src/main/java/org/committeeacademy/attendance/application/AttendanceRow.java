package org.committeeacademy.attendance.application;

import org.committeeacademy.attendance.domain.AttendanceStatus;

/**
 * One participant on a session's attendance list; {@code status} is null while unmarked. {@code joinedOnline}: they
 * pressed "Teilnehmen" for the session's online room, so the list proposes "present".
 */
public record AttendanceRow(
        long memberId,
        String name,
        AttendanceStatus status,
        boolean apology,
        String apologyNote,
        int absences,
        boolean joinedOnline) {

    /** Joined online and not marked yet: the trainer may confirm "present" with one tap for all of them. */
    public boolean presenceProposed() {
        return joinedOnline && status == null;
    }

    public boolean isMarked() {
        return status != null;
    }

    public boolean is(String name) {
        return status != null && status.name().equals(name);
    }
}
