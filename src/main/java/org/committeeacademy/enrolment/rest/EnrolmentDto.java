package org.committeeacademy.enrolment.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.committeeacademy.enrolment.application.EnrolmentView;

/** An enrolment: {@code waitlistPosition} only while waiting, {@code offerExpiresAt} only while offered. */
public record EnrolmentDto(
        long id,
        long cohortId,
        String cohortTitle,
        long memberId,
        String memberName,
        String status,
        Integer waitlistPosition,
        OffsetDateTime offerExpiresAt,
        OffsetDateTime createdAt,
        LocalDate cancellationDeadline,
        boolean memberMayCancel,
        String decisionNote,
        List<HistoryDto> history) {

    public record HistoryDto(OffsetDateTime at, String from, String to, String cause, String by, String note) {}

    static EnrolmentDto of(EnrolmentView e) {
        return new EnrolmentDto(
                e.id(),
                e.cohortId(),
                e.cohortTitle(),
                e.memberId(),
                e.memberName(),
                e.status().name(),
                e.isWaiting() ? e.waitlistPosition() : null,
                e.offerExpiresAt() == null ? null : e.offerExpiresAt().atOffset(ZoneOffset.UTC),
                e.createdAt().atOffset(ZoneOffset.UTC),
                e.cancellationDeadline(),
                e.memberMayCancel(),
                e.decisionNote(),
                e.history().stream()
                        .map(h -> new HistoryDto(
                                h.at().atOffset(ZoneOffset.UTC),
                                h.from() == null ? null : h.from().name(),
                                h.to().name(),
                                h.cause().name(),
                                h.by().isEmpty() ? null : h.by(),
                                h.note()))
                        .toList());
    }
}
