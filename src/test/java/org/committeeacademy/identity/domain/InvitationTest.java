package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Invitation invitation() {
        return new Invitation(" Emre@Example.org ", "Emre Kaya", Language.DE, Role.MEMBER, 1L, null, NOW);
    }

    @Test
    void isOpenFor14DaysThenExpiredUnlessAccepted() {
        Invitation invitation = invitation();
        assertEquals("emre@example.org", invitation.email());
        assertEquals(InvitationStatus.OPEN, invitation.status(NOW.plus(Duration.ofDays(13))));
        assertEquals(InvitationStatus.EXPIRED, invitation.status(NOW.plus(Duration.ofDays(14))));
        invitation.accepted(9, NOW.plus(Duration.ofDays(1)));
        assertEquals(InvitationStatus.ACCEPTED, invitation.status(NOW.plus(Duration.ofDays(30))));
    }

    @Test
    void sendingAgainGivesAnother14Days() {
        Invitation invitation = invitation();
        invitation.renew(NOW.plus(Duration.ofDays(20)));
        assertEquals(InvitationStatus.OPEN, invitation.status(NOW.plus(Duration.ofDays(33))));
        invitation.accepted(9, NOW.plus(Duration.ofDays(21)));
        assertThrows(ValidationException.class, () -> invitation.renew(NOW.plus(Duration.ofDays(22))));
    }

    @Test
    void nobodyIsInvitedAsAdmin() {
        assertThrows(
                ValidationException.class,
                () -> new Invitation("a@example.org", "A", Language.DE, Role.ADMIN, 1L, null, NOW));
    }
}
