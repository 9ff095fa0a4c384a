package org.committeeacademy.attendance.application;

import org.committeeacademy.attendance.domain.AttendanceStatus;

/** One entry of a list of marks for a session. */
public record Mark(long memberId, AttendanceStatus status) {}
