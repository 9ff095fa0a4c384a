package org.committeeacademy.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;

/** Staff ask someone by mail to open an account; the link in the mail works once, for 14 days. */
@Entity
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String name;

    @Column(name = "preferred_language")
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name")
    private Role role;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "referred_by")
    private Long referredBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "account_id")
    private Long accountId;

    /** A committee of the committee feature, which identity knows only by its id. */
    @Column(name = "committee_id")
    private Long committeeId;

    protected Invitation() {}

    /** The organisation whose staff look after it, by id; null only for an installation without any. */
    @Column(name = "organisation_id")
    private Long organisationId;

    public Invitation(
            String email, String name, Language language, Role role, Long invitedBy, Long referredBy, Instant now) {
        String normalized = EmailAddress.normalize(email);
        if (!EmailAddress.isValid(normalized)) {
            throw new ValidationException("email", "account.email.invalid");
        }
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > Account.MAX_NAME_LENGTH) {
            throw new ValidationException("name", "account.name.invalid");
        }
        // coordinator and admin rights are given by an admin on the accounts page, never by a link in a mail
        if (role == null || role == Role.ADMIN || role == Role.COORDINATOR) {
            throw new ValidationException("role", "invitation.role.invalid");
        }
        this.email = normalized;
        this.name = trimmed;
        this.language = Objects.requireNonNullElse(language, Language.defaultLanguage());
        this.role = role;
        this.invitedBy = invitedBy;
        this.referredBy = referredBy;
        this.createdAt = now;
        this.expiresAt = now.plus(TokenPurpose.INVITATION.validity());
    }

    public InvitationStatus status(Instant now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.OPEN : InvitationStatus.EXPIRED;
    }

    /** Sent again: another 14 days from now (the caller voids the old link). */
    public void renew(Instant now) {
        if (acceptedAt != null) {
            throw new ValidationException("invitation", "invitation.alreadyAccepted");
        }
        expiresAt = now.plus(TokenPurpose.INVITATION.validity());
    }

    public void accepted(long newAccountId, Instant now) {
        this.accountId = newAccountId;
        this.acceptedAt = now;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Language language() {
        return language;
    }

    public Role role() {
        return role;
    }

    public Long invitedBy() {
        return invitedBy;
    }

    public Long referredBy() {
        return referredBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Long accountId() {
        return accountId;
    }

    /** The accepted invitation confirms the new account's membership of this committee. */
    public void joinCommittee(Long committeeId) {
        this.committeeId = committeeId;
    }

    public Long committeeId() {
        return committeeId;
    }

    /** The caller checked that the organisation exists; identity knows it only by its id. */
    public void belongTo(Long newOrganisationId) {
        this.organisationId = newOrganisationId;
    }

    public Long organisationId() {
        return organisationId;
    }
}
