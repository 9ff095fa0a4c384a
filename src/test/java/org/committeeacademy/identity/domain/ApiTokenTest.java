package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void storesOnlyTheHashOfALongRandomSecret() {
        ApiToken.Issued issued = ApiToken.issue(7, "  Export  ", 30, NOW);
        String secret = issued.secret();
        assertTrue(secret.startsWith(ApiToken.PREFIX));
        assertEquals(ApiToken.PREFIX.length() + 43, secret.length(), "256 bits, base64url");
        assertEquals(ApiToken.hash(secret), issued.token().tokenHash());
        assertNotEquals(secret, issued.token().tokenHash());
        assertEquals(64, issued.token().tokenHash().length());
        assertEquals("Export", issued.token().name());
        assertEquals(7, issued.token().accountId());
        assertNotEquals(secret, ApiToken.issue(7, "Export", 30, NOW).secret());
    }

    @Test
    void isValidForTheChosenDaysAndNotAfter() {
        ApiToken token = ApiToken.issue(1, "x", 30, NOW).token();
        assertEquals(NOW.plus(Duration.ofDays(30)), token.expiresAt());
        assertTrue(token.isUsable(NOW.plus(Duration.ofDays(30)).minusSeconds(1)));
        assertFalse(token.isUsable(NOW.plus(Duration.ofDays(30))));
    }

    @Test
    void aRevokedTokenIsUnusable() {
        ApiToken token = ApiToken.issue(1, "x", 30, NOW).token();
        token.revoke(NOW);
        assertFalse(token.isUsable(NOW));
        token.revoke(NOW.plusSeconds(60));
        assertEquals(NOW, token.revokedAt(), "the first revocation counts");
    }

    @Test
    void needsANameOfAtMost80Characters() {
        assertEquals("name", field(() -> ApiToken.issue(1, "  ", 30, NOW)));
        assertEquals("name", field(() -> ApiToken.issue(1, null, 30, NOW)));
        assertEquals("name", field(() -> ApiToken.issue(1, "x".repeat(81), 30, NOW)));
        ApiToken.issue(1, "x".repeat(80), 30, NOW);
    }

    @Test
    void isValidForOneTo365Days() {
        assertEquals("days", field(() -> ApiToken.issue(1, "x", 0, NOW)));
        assertEquals("days", field(() -> ApiToken.issue(1, "x", 366, NOW)));
        assertEquals("days", field(() -> ApiToken.issue(1, "x", null, NOW)));
        ApiToken.issue(1, "x", 1, NOW);
        ApiToken.issue(1, "x", 365, NOW);
    }

    @Test
    void notesTheLastUseCoarsely() {
        ApiToken token = ApiToken.issue(1, "x", 30, NOW).token();
        assertNull(token.lastUsedAt());
        assertTrue(token.recordUse(NOW));
        assertFalse(token.recordUse(NOW.plus(Duration.ofMinutes(14))), "no write within 15 minutes");
        assertEquals(NOW, token.lastUsedAt());
        assertTrue(token.recordUse(NOW.plus(Duration.ofMinutes(15))));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), token.lastUsedAt());
    }

    private static String field(Runnable action) {
        return assertThrows(ValidationException.class, action::run)
                .violations()
                .get(0)
                .field();
    }
}
