package org.committeeacademy.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.committeeacademy.identity.domain.Account;

/** One step in an enrolment's history: who (none for the system), when, from which state to which, and why. */
@Entity
@Table(name = "enrolment_change")
public class EnrolmentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private EnrolmentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private EnrolmentStatus to;

    @Enumerated(EnumType.STRING)
    private ChangeCause cause;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by")
    private Account changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    private String note;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    protected EnrolmentChange() {}

    EnrolmentChange(
            Enrolment enrolment,
            EnrolmentStatus from,
            EnrolmentStatus to,
            ChangeCause cause,
            Account changedBy,
            Instant changedAt,
            Integer waitlistPosition,
            String note) {
        this.enrolment = enrolment;
        this.from = from;
        this.to = to;
        this.cause = cause;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.waitlistPosition = waitlistPosition;
        this.note = note;
    }

    public void markNotified(Instant when) {
        this.notifiedAt = when;
    }

    public Long id() {
        return id;
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public EnrolmentStatus from() {
        return from;
    }

    public EnrolmentStatus to() {
        return to;
    }

    public ChangeCause cause() {
        return cause;
    }

    public Account changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Integer waitlistPosition() {
        return waitlistPosition;
    }

    public String note() {
        return note;
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }
}
