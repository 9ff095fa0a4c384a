package org.committeeacademy.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * "Tell me when a course opens here": a person, possibly without an account, waiting for the next cohort at a
 * venue. Told only once they confirmed their address (double opt-in); gone 30 days after being told, or at once
 * when they unsubscribe.
 */
@Entity
@Table(name = "interest_entry")
public class InterestEntry {

    public static final Duration KEPT_AFTER_NOTICE = Duration.ofDays(30);
    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "venue_id")
    private long venueId;

    private String email;

    @Column(name = "person_name")
    private String name;

    @Column(name = "mail_language")
    private Language language;

    private String token;

    @Column(name = "privacy_version")
    private String privacyVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_notified_at")
    private Instant lastNotifiedAt;

    protected InterestEntry() {}

    public InterestEntry(long venueId, String email, String name, Language language, String token, Instant now) {
        String address = EmailAddress.normalize(email);
        if (!EmailAddress.isValid(address)) {
            throw new ValidationException("email", "account.email.invalid");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new ValidationException("name", "account.name.invalid");
        }
        this.venueId = venueId;
        this.email = address;
        this.name = trimmed;
        this.language = Objects.requireNonNullElse(language, Language.defaultLanguage());
        this.token = Objects.requireNonNull(token);
        this.privacyVersion = TextVersions.PRIVACY_NOTICE;
        this.createdAt = now;
    }

    public void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public void told(Instant now) {
        lastNotifiedAt = now;
    }

    /** Told about a cohort more than 30 days ago: the wish is fulfilled, the address goes. */
    public boolean isDone(Instant now) {
        return lastNotifiedAt != null && lastNotifiedAt.plus(KEPT_AFTER_NOTICE).isBefore(now);
    }

    public Long id() {
        return id;
    }

    public long venueId() {
        return venueId;
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

    public String token() {
        return token;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant lastNotifiedAt() {
        return lastNotifiedAt;
    }
}
