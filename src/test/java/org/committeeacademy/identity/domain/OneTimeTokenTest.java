package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void storesOnlyTheHashOfA256BitSecret() {
        OneTimeToken.Issued issued = OneTimeToken.forPasswordReset(7, NOW);
        assertEquals(43, issued.secret().length(), "32 random bytes, base64url without padding");
        assertEquals(OneTimeToken.hash(issued.secret()), issued.token().tokenHash());
        assertNotEquals(issued.secret(), issued.token().tokenHash());
        assertEquals(64, issued.token().tokenHash().length());
        assertNotEquals(issued.secret(), OneTimeToken.forPasswordReset(7, NOW).secret(), "every link is different");
    }

    @Test
    void aResetLinkWorksForOneHourOnly() {
        OneTimeToken token = OneTimeToken.forPasswordReset(7, NOW).token();
        assertTrue(token.isUsable(TokenPurpose.PASSWORD_RESET, NOW.plus(Duration.ofMinutes(59))));
        assertFalse(token.isUsable(TokenPurpose.PASSWORD_RESET, NOW.plus(Duration.ofHours(1))));
        assertThrows(
                LinkUnusableException.class,
                () -> token.redeem(TokenPurpose.PASSWORD_RESET, NOW.plus(Duration.ofMinutes(61))));
    }

    @Test
    void anInvitationLinkWorksFor14Days() {
        OneTimeToken token = OneTimeToken.forInvitation(3, NOW).token();
        assertTrue(token.isUsable(
                TokenPurpose.INVITATION, NOW.plus(Duration.ofDays(14)).minusSeconds(1)));
        assertFalse(token.isUsable(TokenPurpose.INVITATION, NOW.plus(Duration.ofDays(14))));
    }

    @Test
    void worksOnceAndOnlyForItsPurpose() {
        OneTimeToken token = OneTimeToken.forPasswordReset(7, NOW).token();
        assertThrows(LinkUnusableException.class, () -> token.redeem(TokenPurpose.INVITATION, NOW));
        token.redeem(TokenPurpose.PASSWORD_RESET, NOW);
        assertEquals(NOW, token.usedAt());
        assertThrows(LinkUnusableException.class, () -> token.redeem(TokenPurpose.PASSWORD_RESET, NOW));
    }

    @Test
    void aRevokedLinkCannotBeUsed() {
        OneTimeToken token = OneTimeToken.forPasswordReset(7, NOW).token();
        token.revoke(NOW);
        assertFalse(token.isUsable(TokenPurpose.PASSWORD_RESET, NOW));
    }
}
