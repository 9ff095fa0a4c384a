package org.committeeacademy.cohort.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.committeeacademy.cohort.application.CohortDetail;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortFormat;
import org.committeeacademy.cohort.domain.CohortPlan;
import org.committeeacademy.shared.domain.Language;

/** The terms of a cohort as a form edits them (CohortPlan is immutable); the guided flow and the detail page share it. */
public class PlanForm implements Serializable {

    private String title;
    private int capacity = Cohort.DEFAULT_CAPACITY;
    private CohortFormat format = CohortFormat.IN_PERSON;
    private Language language = Language.DE;
    private BigDecimal fee = BigDecimal.ZERO;
    private LocalDate enrolmentOpens;
    private LocalDate enrolmentCloses;
    private LocalDate cancellationDeadline;
    private boolean approvalRequired;
    private String notes;

    public static PlanForm of(CohortDetail cohort) {
        PlanForm form = new PlanForm();
        form.title = cohort.title();
        form.capacity = cohort.capacity();
        form.format = cohort.format();
        form.language = cohort.language();
        form.fee = cohort.fee();
        form.enrolmentOpens = cohort.enrolmentOpens();
        form.enrolmentCloses = cohort.enrolmentCloses();
        form.cancellationDeadline = cohort.cancellationDeadline();
        form.approvalRequired = cohort.approvalRequired();
        form.notes = cohort.notes();
        return form;
    }

    public CohortPlan toPlan() {
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

    public boolean isOnlinePossible() {
        return format != CohortFormat.IN_PERSON;
    }

    public boolean isRoomPossible() {
        return format != CohortFormat.ONLINE;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public CohortFormat getFormat() {
        return format;
    }

    public void setFormat(CohortFormat format) {
        this.format = format;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }

    public LocalDate getEnrolmentOpens() {
        return enrolmentOpens;
    }

    public void setEnrolmentOpens(LocalDate enrolmentOpens) {
        this.enrolmentOpens = enrolmentOpens;
    }

    public LocalDate getEnrolmentCloses() {
        return enrolmentCloses;
    }

    public void setEnrolmentCloses(LocalDate enrolmentCloses) {
        this.enrolmentCloses = enrolmentCloses;
    }

    public LocalDate getCancellationDeadline() {
        return cancellationDeadline;
    }

    public void setCancellationDeadline(LocalDate cancellationDeadline) {
        this.cancellationDeadline = cancellationDeadline;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
