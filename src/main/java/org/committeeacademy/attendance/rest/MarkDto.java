package org.committeeacademy.attendance.rest;

import org.committeeacademy.attendance.application.Mark;
import org.committeeacademy.attendance.domain.AttendanceStatus;
import org.committeeacademy.shared.domain.ValidationException;

/** One entry of {@code PUT /sessions/{id}/attendance}: {@code {memberId, status: PRESENT, ABSENT or EXCUSED}}. */
public record MarkDto(Long memberId, String status) {

    Mark mark() {
        if (memberId == null) {
            throw new ValidationException("memberId", "validation.required");
        }
        if (status == null || status.isBlank()) {
            throw new ValidationException("status", "attendance.status.required");
        }
        try {
            return new Mark(memberId, AttendanceStatus.valueOf(status.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "attendance.status.invalid");
        }
    }
}
