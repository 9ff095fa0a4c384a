package org.committeeacademy.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Someone asked for an account from the catalogue; nobody can log in with it until staff approve. Holds the hash of
 * the chosen password, never the password.
 */
@Entity
public class Registration {

    public static final int MAX_MESSAGE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String name;

    @Column(name = "preferred_language")
    private Language language;

    @Column(name = "password_hash")
    private String passwordHash;

    private String message;

    @Column(name = "referred_by")
    private Long referredBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Registration() {}

    /** The organisation whose staff look after it, by id; null only for an installation without any. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "project_id")
    private Long projectId;

    public Registration(
            String email,
            String name,
            Language language,
            String passwordHash,
            String message,
            Long referredBy,
            Instant now) {
        String normalized = EmailAddress.normalize(email);
        if (!EmailAddress.isValid(normalized)) {
            throw new ValidationException("email", "account.email.invalid");
        }
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > Account.MAX_NAME_LENGTH) {
            throw new ValidationException("name", "account.name.invalid");
        }
        String note = message == null ? null : message.trim();
        if (note != null && note.length() > MAX_MESSAGE_LENGTH) {
            throw new ValidationException("message", "registration.message.tooLong");
        }
        this.email = normalized;
        this.name = trimmed;
        this.language = Objects.requireNonNullElse(language, Language.defaultLanguage());
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.message = note == null || note.isEmpty() ? null : note;
        this.referredBy = referredBy;
        this.createdAt = now;
    }

    /** The account staff approve: a member, with the password the person chose. */
    public Account toAccount(Instant now) {
        return new Account(email, name, language, passwordHash, EnumSet.of(Role.MEMBER), now);
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

    public String message() {
        return message;
    }

    public Long referredBy() {
        return referredBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The caller checked that the organisation exists; identity knows it only by its id. */
    public void belongTo(Long newOrganisationId) {
        this.organisationId = newOrganisationId;
    }

    public Long organisationId() {
        return organisationId;
    }

    /**
     * The local project the ambassador's link invited the person into (checked by the caller: one the ambassador takes
     * part in); identity knows it only by its id. The person joins it once the account opens.
     */
    public void intoProject(Long newProjectId) {
        this.projectId = newProjectId;
    }

    public Long projectId() {
        return projectId;
    }
}
