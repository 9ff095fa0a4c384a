package org.committeeacademy.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.committeeacademy.shared.domain.Language;

/**
 * The terms of a cohort as its row keeps them: its plan but for the title, which stays on the cohort because queries
 * find and sort cohorts by it. Replaced as a whole when staff revise the plan.
 */
@Embeddable
class CohortTerms {

    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "course_format")
    private CohortFormat format;

    @Column(name = "course_language")
    private Language language;

    private BigDecimal fee;

    @Column(name = "enrolment_opens")
    private LocalDate enrolmentOpens;

    @Column(name = "enrolment_closes")
    private LocalDate enrolmentCloses;

    @Column(name = "cancellation_deadline")
    private LocalDate cancellationDeadline;

    @Column(name = "approval_required")
    private boolean approvalRequired;

    private String notes;

    protected CohortTerms() {}

    CohortTerms(CohortPlan plan) {
        this.capacity = plan.capacity();
        this.format = plan.format();
        this.language = plan.language();
        this.fee = plan.fee();
        this.enrolmentOpens = plan.enrolmentOpens();
        this.enrolmentCloses = plan.enrolmentCloses();
        this.cancellationDeadline = plan.cancellationDeadline();
        this.approvalRequired = plan.approvalRequired();
        this.notes = plan.notes();
    }

    CohortPlan plan(String title) {
        return new CohortPlan(
                title,
                capacity,
                format,
                language,
                fee,
                enrolmentOpens,
                enrolmentCloses,
                cancellationDeadline,
                approvalRequired,
                notes);
    }

    /** Whether the day lies in the enrolment window; a window without a first or last day is open on that side. */
    boolean windowIncludes(LocalDate day) {
        return (enrolmentOpens == null || !day.isBefore(enrolmentOpens))
                && (enrolmentCloses == null || !day.isAfter(enrolmentCloses));
    }

    int capacity() {
        return capacity;
    }

    CohortFormat format() {
        return format;
    }

    Language language() {
        return language;
    }

    BigDecimal fee() {
        return fee;
    }

    LocalDate enrolmentOpens() {
        return enrolmentOpens;
    }

    LocalDate enrolmentCloses() {
        return enrolmentCloses;
    }

    LocalDate cancellationDeadline() {
        return cancellationDeadline;
    }

    boolean approvalRequired() {
        return approvalRequired;
    }

    String notes() {
        return notes;
    }
}
