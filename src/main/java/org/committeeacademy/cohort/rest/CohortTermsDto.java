package org.committeeacademy.cohort.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.cohort.application.NewCohort;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortFormat;
import org.committeeacademy.cohort.domain.CohortPlan;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A cohort to create ({@code POST /cohorts}) or its revised terms ({@code PUT /cohorts/{id}}); missing values take
 * the defaults: 8 places, in person, German, no fee, no approval, status DRAFT.
 */
public record CohortTermsDto(
        Long seriesId,
        Long venueId,
        String title,
        Integer capacity,
        String format,
        String language,
        BigDecimal fee,
        LocalDate enrolmentOpens,
        LocalDate enrolmentCloses,
        LocalDate cancellationDeadline,
        Boolean approvalRequired,
        String notes,
        List<Long> trainerIds,
        String status) {

    CohortPlan plan() {
        Language lang = language == null || language.isBlank()
                ? Language.DE
                : Language.fromCode(language.strip().toLowerCase(java.util.Locale.ROOT))
                        .orElseThrow(() -> new ValidationException("language", "api.value.unknown"));
        return new CohortPlan(
                title,
                capacity == null ? Cohort.DEFAULT_CAPACITY : capacity,
                ApiTimes.enumIn(CohortFormat.class, format, "format", CohortFormat.IN_PERSON),
                lang,
                fee,
                enrolmentOpens,
                enrolmentCloses,
                cancellationDeadline,
                Boolean.TRUE.equals(approvalRequired),
                notes);
    }

    NewCohort newCohort() {
        if (seriesId == null) {
            throw new ValidationException("seriesId", "validation.required");
        }
        if (venueId == null) {
            throw new ValidationException("venueId", "validation.required");
        }
        return new NewCohort(
                seriesId,
                venueId,
                plan(),
                trainerIds,
                ApiTimes.enumIn(CohortStatus.class, status, "status", CohortStatus.DRAFT));
    }
}
