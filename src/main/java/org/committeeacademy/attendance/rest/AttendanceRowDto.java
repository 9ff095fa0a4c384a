package org.committeeacademy.attendance.rest;

import org.committeeacademy.attendance.application.AttendanceRow;

/** A participant of a session with their attendance; {@code status} is null while unmarked. */
public record AttendanceRowDto(long memberId, String name, String status, boolean apology, String apologyNote) {

    static AttendanceRowDto of(AttendanceRow r) {
        return new AttendanceRowDto(
                r.memberId(), r.name(), r.status() == null ? null : r.status().name(), r.apology(), r.apologyNote());
    }
}
