package org.committeeacademy.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.identity.domain.Account;

/** A member's place in a cohort. */
@Entity
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private Account member;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "row_version")
    private long version;

    protected Enrolment() {}

    private Enrolment(Cohort cohort, Account member, EnrolmentStatus status, Integer position, Instant now) {
        this.cohort = cohort;
        this.member = member;
        this.status = status;
        this.waitlistPosition = position;
        this.createdAt = now;
    }

    public static Enrolment confirmed(Cohort cohort, Account member, Instant now) {
        return new Enrolment(cohort, member, EnrolmentStatus.CONFIRMED, null, now);
    }

    public static Enrolment waitlisted(Cohort cohort, Account member, int position, Instant now) {
        if (position < 1) {
            throw new IllegalArgumentException("Waiting-list positions start at 1");
        }
        return new Enrolment(cohort, member, EnrolmentStatus.WAITLISTED, position, now);
    }

    public void complete() {
        if (status != EnrolmentStatus.CONFIRMED) {
            throw new IllegalStateException("Only a confirmed enrolment can be completed");
        }
        status = EnrolmentStatus.COMPLETED;
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Account member() {
        return member;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Integer waitlistPosition() {
        return waitlistPosition;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
