package org.committeeacademy.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a few minutes that a password was verified, so API clients sending HTTP Basic on every call do not pay
 * for PBKDF2 each time. Only a keyed HMAC of the password is kept (the key lives in memory only), and an entry is
 * valid only while the account's stored hash is unchanged, so a password change ends it at once.
 */
class RecentlyVerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String storedHash, byte[] mac, Instant expires) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    RecentlyVerifiedPasswords(Duration ttl, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttl = ttl;
        this.clock = clock;
    }

    boolean matches(String email, String storedHash, String password) {
        Entry entry = entries.get(email);
        return entry != null
                && entry.storedHash().equals(storedHash)
                && clock.instant().isBefore(entry.expires())
                && MessageDigest.isEqual(entry.mac(), mac(password));
    }

    void remember(String email, String storedHash, String password) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(email, new Entry(storedHash, mac(password), clock.instant().plus(ttl)));
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
