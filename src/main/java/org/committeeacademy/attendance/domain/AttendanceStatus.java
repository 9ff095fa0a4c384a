package org.committeeacademy.attendance.domain;

/** What the trainer marks per session and participant. Excused absences do not count towards a warning. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}
