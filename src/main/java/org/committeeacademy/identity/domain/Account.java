package org.committeeacademy.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;

/** A person who logs in: committee member, trainer, VHS staff or administrator. */
@Entity
public class Account implements Serializable {

    public static final int MAX_NAME_LENGTH = 200;
    public static final String ERASED_NAME = "–";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String name;

    @Column(name = "preferred_language")
    private Language language;

    /** German in plain language (Einfache Sprache): only ever true with German as the language. */
    @Column(name = "plain_language")
    private boolean plainLanguage;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    @Column(name = "row_version")
    private long version;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** The organisation a staff member works for (or a person belongs to); null for people without one. */
    @Column(name = "organisation_id")
    private Long organisationId;

    /** Raised whenever the account's signed-in sessions must end: a session of an older version is signed out. */
    @Column(name = "session_version")
    private int sessionVersion;

    protected Account() {}

    public Account(String email, String name, Language language, String passwordHash, Set<Role> roles, Instant now) {
        String normalized = EmailAddress.normalize(email);
        if (!EmailAddress.isValid(normalized)) {
            throw new ValidationException("email", "account.email.invalid");
        }
        this.email = normalized;
        rename(name);
        this.language = Objects.requireNonNullElse(language, Language.defaultLanguage());
        this.passwordHash = Objects.requireNonNull(passwordHash);
        changeRoles(roles);
        this.createdAt = now;
    }

    public void rename(String newName) {
        String trimmed = newName == null ? "" : newName.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new ValidationException("name", "account.name.invalid");
        }
        this.name = trimmed;
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new ValidationException("roles", "account.roles.required");
        }
        EnumSet<Role> changed = EnumSet.copyOf(newRoles);
        if (!roles.isEmpty() && !roles.equals(changed)) {
            endSessions();
        }
        this.roles = changed;
    }

    public void changeLanguage(Language newLanguage) {
        changeLanguage(newLanguage, false);
    }

    /** The interface language; {@code plain} asks for plain German, which another language does not have. */
    public void changeLanguage(Language newLanguage, boolean plain) {
        this.language = Objects.requireNonNull(newLanguage);
        this.plainLanguage = plain && newLanguage == Language.DE;
    }

    /** A new password's hash, e.g. after a reset by mail; the caller checked the password against the policy. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        endSessions();
    }

    /**
     * Erasure: the row stays for anonymous figures, but nothing names the person any more and nobody can log in
     * with it (the address is one that cannot receive mail, the password hash one of a random secret).
     */
    public void erase(String unusablePasswordHash, Instant now) {
        this.email = "erased-" + id + "@erased.invalid";
        this.name = ERASED_NAME;
        this.passwordHash = Objects.requireNonNull(unusablePasswordHash);
        this.erasedAt = now;
        endSessions();
    }

    /**
     * Ends every signed-in session of the account (they hold an older version from now on): after a password change
     * or reset, a role change and an erasure. A session that should stay is given the new version by its caller.
     */
    public void endSessions() {
        sessionVersion++;
    }

    public int sessionVersion() {
        return sessionVersion;
    }

    /** The caller checked that the organisation exists; identity knows it only by its id. */
    public void belongTo(Long newOrganisationId) {
        this.organisationId = newOrganisationId;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The most privileged role, which decides where the person lands after login. */
    public Role principalRole() {
        return roles.stream().max(Enum::compareTo).orElse(Role.MEMBER);
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

    /** Whether the person reads German in plain language (Einfache Sprache); then {@link #language()} is German. */
    public boolean plainLanguage() {
        return plainLanguage;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }
}
