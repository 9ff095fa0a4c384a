package org.committeeacademy.enrolment.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.identity.domain.Account;

/**
 * A member's place in a cohort, with its history. Its state changes only through the cohort's {@link Roster},
 * which holds the seat and waiting-list rules; each change is recorded as an {@link EnrolmentChange}.
 */
@Entity
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Account member;

    /** The member's id without loading the account: the roster compares ids while it holds the cohort's lock. */
    @Column(name = "member_id", insertable = false, updatable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    /** The place in the queue while waiting; the position is the rank among those still waiting. */
    @Column(name = "waitlist_ticket")
    private Integer waitlistTicket;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "enrolment", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<EnrolmentChange> history = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private long version;

    protected Enrolment() {}

    Enrolment(Cohort cohort, Account member, Instant now) {
        this.cohort = cohort;
        this.member = member;
        this.memberId = member.id();
        this.createdAt = now;
    }

    void request(ChangeCause cause, Account by, Instant now) {
        record(EnrolmentStatus.REQUESTED, cause, by, now, null, null);
        clearQueue();
    }

    void confirm(ChangeCause cause, Account by, Instant now, String note) {
        record(EnrolmentStatus.CONFIRMED, cause, by, now, null, note);
        clearQueue();
    }

    void waitlist(int ticket, int position, ChangeCause cause, Account by, Instant now, String note) {
        record(EnrolmentStatus.WAITLISTED, cause, by, now, position, note);
        this.waitlistTicket = ticket;
        this.offerExpiresAt = null;
    }

    void offer(Instant expiresAt, Account by, Instant now) {
        record(EnrolmentStatus.OFFERED, ChangeCause.OFFERED, by, now, null, null);
        this.waitlistTicket = null;
        this.offerExpiresAt = expiresAt;
    }

    void decline(String reason, Account by, Instant now) {
        record(EnrolmentStatus.DECLINED, ChangeCause.DECLINED, by, now, null, reason);
        this.decisionNote = reason;
        clearQueue();
    }

    void cancel(ChangeCause cause, Account by, Instant now, String note) {
        record(EnrolmentStatus.CANCELLED, cause, by, now, null, note);
        clearQueue();
    }

    /** The course is over and the member took part to the end. */
    public void complete(Account by, Instant now) {
        if (status != EnrolmentStatus.CONFIRMED) {
            throw new IllegalStateException("Only a confirmed enrolment can be completed");
        }
        record(EnrolmentStatus.COMPLETED, ChangeCause.COMPLETED, by, now, null, null);
    }

    private void record(EnrolmentStatus to, ChangeCause cause, Account by, Instant now, Integer position, String note) {
        history.add(new EnrolmentChange(this, status, to, cause, by, now, position, note));
        this.status = to;
    }

    private void clearQueue() {
        this.waitlistTicket = null;
        this.offerExpiresAt = null;
    }

    public boolean belongsTo(Account account) {
        if (memberId != null && account.id() != null) {
            return memberId.equals(account.id());
        }
        return member == account || (account.id() != null && account.id().equals(member.id()));
    }

    public boolean isOfferExpired(Instant now) {
        return status == EnrolmentStatus.OFFERED && !now.isBefore(offerExpiresAt);
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    /** The member's id, without loading the account. */
    public Long memberId() {
        return memberId;
    }

    public Account member() {
        return member;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Integer waitlistTicket() {
        return waitlistTicket;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<EnrolmentChange> history() {
        return Collections.unmodifiableList(history);
    }
}
