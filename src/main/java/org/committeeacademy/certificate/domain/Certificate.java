package org.committeeacademy.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A certificate of participation (Teilnahmebescheinigung): one per member and cohort, issued when the member completes
 * the series or by staff with a reason, and revocable by staff with a reason. Its random code lets anyone check it.
 */
@Entity
public class Certificate {

    public static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private Account member;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    private String code;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by")
    private Account issuedBy;

    @Column(name = "issue_reason")
    private String issueReason;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by")
    private Account revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    protected Certificate() {}

    private Certificate(Account member, Cohort cohort, String code, Instant now) {
        this.member = member;
        this.cohort = cohort;
        this.code = code;
        this.issuedAt = now;
    }

    /** Issued because the member completed the series. */
    public static Certificate earned(Account member, Cohort cohort, String code, Instant now) {
        return new Certificate(member, cohort, code, now);
    }

    /** Issued by staff, e.g. for a module made up elsewhere; the reason is required. */
    public static Certificate issuedManually(
            Account member, Cohort cohort, String code, Account staff, String reason, Instant now) {
        Certificate certificate = new Certificate(member, cohort, code, now);
        certificate.issuedBy = staff;
        certificate.issueReason = reason(reason);
        return certificate;
    }

    public void revoke(Account staff, String reason, Instant now) {
        if (isRevoked()) {
            throw new ConflictException("certificate.alreadyRevoked");
        }
        revokeReason = reason(reason);
        revokedBy = staff;
        revokedAt = now;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "certificate.reason.required");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw new ValidationException("reason", "validation.tooLong");
        }
        return reason.strip();
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isManual() {
        return issuedBy != null;
    }

    public Long id() {
        return id;
    }

    public Account member() {
        return member;
    }

    public Cohort cohort() {
        return cohort;
    }

    public String code() {
        return code;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issueReason() {
        return issueReason;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokeReason() {
        return revokeReason;
    }
}
