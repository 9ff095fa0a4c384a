package org.committeeacademy.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A link that works once and for a while: an invitation (14 days) or a password reset (1 hour). Only the SHA-256 hash
 * of its random 256-bit secret is stored, so a copy of the database opens no account; the link is found by the hash
 * of what the person brings, never by comparing secrets.
 */
@Entity
@Table(name = "one_time_token")
public class OneTimeToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "invitation_id")
    private Long invitationId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeToken() {}

    private OneTimeToken(String tokenHash, TokenPurpose purpose, Long accountId, Long invitationId, Instant now) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.accountId = accountId;
        this.invitationId = invitationId;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** A new link and the secret to put into it; the secret is in no field of the token. */
    public record Issued(OneTimeToken token, String secret) {}

    public static Issued forPasswordReset(long accountId, Instant now) {
        return issue(TokenPurpose.PASSWORD_RESET, accountId, null, now);
    }

    public static Issued forInvitation(long invitationId, Instant now) {
        return issue(TokenPurpose.INVITATION, null, invitationId, now);
    }

    private static Issued issue(TokenPurpose purpose, Long accountId, Long invitationId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new OneTimeToken(hash(secret), purpose, accountId, invitationId, now), secret);
    }

    /** The stored form of a secret: its SHA-256, hex. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Objects.requireNonNullElse(secret, "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isUsable(TokenPurpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the link up; refused when it is for something else, expired or used before. */
    public void redeem(TokenPurpose expected, Instant now) {
        if (!isUsable(expected, now)) {
            throw new LinkUnusableException();
        }
        usedAt = now;
    }

    /** Makes an unused link void, e.g. when a newer one is sent. */
    public void revoke(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Long accountId() {
        return accountId;
    }

    public Long invitationId() {
        return invitationId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
