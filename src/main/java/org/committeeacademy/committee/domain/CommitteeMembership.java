package org.committeeacademy.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.committeeacademy.shared.domain.ConflictException;

/**
 * The one committee an account belongs to. A member may ask to join (REQUESTED) or change a request still waiting;
 * once staff or an invitation confirmed it, only staff change it, so nobody reads a committee's shared goals by
 * naming it.
 */
@Entity
@Table(name = "committee_membership")
public class CommitteeMembership {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "committee_id")
    private Long committeeId;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected CommitteeMembership() {}

    private CommitteeMembership(long accountId, long committeeId, MembershipStatus status, Instant now) {
        this.accountId = accountId;
        this.committeeId = committeeId;
        this.status = status;
        this.changedAt = now;
    }

    /** A member's own request, waiting for staff. */
    public static CommitteeMembership requested(long accountId, long committeeId, Instant now) {
        return new CommitteeMembership(accountId, committeeId, MembershipStatus.REQUESTED, now);
    }

    /** Set by staff or by an accepted invitation. */
    public static CommitteeMembership confirmed(long accountId, long committeeId, Instant now) {
        return new CommitteeMembership(accountId, committeeId, MembershipStatus.CONFIRMED, now);
    }

    /** The member asks for another committee instead; refused once confirmed (staff change it then). */
    public void request(long otherCommitteeId, Instant now) {
        if (isConfirmed()) {
            throw new ConflictException("committee.membership.confirmedAlready");
        }
        this.committeeId = otherCommitteeId;
        this.changedAt = now;
    }

    /** Staff confirm the request (or set the committee directly). */
    public void confirm(long committeeId, Instant now) {
        this.committeeId = committeeId;
        this.status = MembershipStatus.CONFIRMED;
        this.changedAt = now;
    }

    /** Staff decline only what waits; a confirmed membership is changed, not declined. */
    public void checkDeclinable() {
        if (isConfirmed()) {
            throw new ConflictException("committee.membership.confirmedAlready");
        }
    }

    public boolean isConfirmed() {
        return status == MembershipStatus.CONFIRMED;
    }

    public long accountId() {
        return accountId;
    }

    public long committeeId() {
        return committeeId;
    }

    public MembershipStatus status() {
        return status;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
