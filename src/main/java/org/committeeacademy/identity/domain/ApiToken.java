package org.committeeacademy.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A personal API token: named, valid for 1 to 365 days, revocable. Only the SHA-256 of its random 256-bit secret is
 * stored (a fast hash is right for a secret this long; no password hashing per request); the secret is shown once.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_DAYS = 365;
    /** How many unrevoked, unexpired tokens one account may hold. */
    public static final int MAX_ACTIVE = 20;
    /** The last use is written at most this often per token, so a busy client does not write on every call. */
    static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(15);
    /** Prefix of every secret, so a leaked token is recognisable (e.g. by secret scanners). */
    public static final String PREFIX = "cat_";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    private ApiToken(long accountId, String name, String tokenHash, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** A new token and its secret; the secret is in no field of the token. */
    public record Issued(ApiToken token, String secret) {}

    public static Issued issue(long accountId, String name, Integer days, Instant now) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new ValidationException("name", "apiToken.name.invalid");
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw new ValidationException("days", "apiToken.days.invalid");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken(accountId, trimmed, hash(secret), now, now.plus(Duration.ofDays(days)));
        return new Issued(token, secret);
    }

    /** The stored form of a secret: its SHA-256, hex (as for the one-time links). */
    public static String hash(String secret) {
        return OneTimeToken.hash(secret);
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Notes a use, coarsely: only when the last noted use is older than the granularity. Whether it wrote. */
    public boolean recordUse(Instant now) {
        if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(LAST_USE_GRANULARITY))) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
