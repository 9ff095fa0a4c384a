package org.committeeacademy.enrolment.rest;

/**
 * Bodies of the enrolment calls, all optional: {@code memberId} for staff enrolling someone, {@code reason} for a
 * declined request, {@code note} for a cancellation, {@code cohortId} for a move.
 */
public record EnrolmentRequestDto(Long memberId, String reason, String note, Long cohortId) {

    static EnrolmentRequestDto orEmpty(EnrolmentRequestDto body) {
        return body == null ? new EnrolmentRequestDto(null, null, null, null) : body;
    }
}
