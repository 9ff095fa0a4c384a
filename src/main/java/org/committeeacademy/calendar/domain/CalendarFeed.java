package org.committeeacademy.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * An account's personal calendar address. Calendar programs fetch it without a login, so the secret token in it is
 * the credential: 256 random bits, replaced at once when the owner renews it.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "account_id")
    private Long accountId;

    private String token;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarFeed() {}

    public CalendarFeed(long accountId, Instant now) {
        this.accountId = accountId;
        renew(now);
    }

    /** A new token; the old address stops working. */
    public void renew(Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        createdAt = now;
    }

    /** Tokens are 43 characters of the URL-safe Base64 alphabet; anything else is not worth a database lookup. */
    public static boolean isWellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    public long accountId() {
        return accountId;
    }

    public String token() {
        return token;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
