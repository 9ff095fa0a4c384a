package org.committeeacademy.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A member who brings people from their community: they share a personal link with a random code, which they can
 * renew when it went further than they wanted (the old code then leads nowhere).
 */
@Entity
public class Ambassador {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{16,40}");

    @Id
    @Column(name = "account_id")
    private Long accountId;

    private String code;

    @Column(name = "appointed_at")
    private Instant appointedAt;

    protected Ambassador() {}

    public Ambassador(long accountId, Instant now) {
        this.accountId = accountId;
        this.code = newCode();
        this.appointedAt = now;
    }

    public void renewCode() {
        code = newCode();
    }

    /** Whether a value from a link can be a code at all, before anything is looked up. */
    public static boolean looksLikeCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    private static String newCode() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Long accountId() {
        return accountId;
    }

    public String code() {
        return code;
    }

    public Instant appointedAt() {
        return appointedAt;
    }
}
