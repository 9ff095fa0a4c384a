package org.committeeacademy.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;

/** One consent as given: to which text version, when, and when it was withdrawn (then it no longer counts). */
@Entity
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_kind")
    private ConsentKind kind;

    @Column(name = "text_version")
    private String textVersion;

    @Column(name = "given_at")
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Consent() {}

    public Consent(long accountId, ConsentKind kind, String textVersion, Instant now) {
        this.accountId = accountId;
        this.kind = Objects.requireNonNull(kind);
        this.textVersion = Objects.requireNonNull(textVersion);
        this.givenAt = now;
    }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public boolean isStanding() {
        return withdrawnAt == null;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public ConsentKind kind() {
        return kind;
    }

    public String textVersion() {
        return textVersion;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
