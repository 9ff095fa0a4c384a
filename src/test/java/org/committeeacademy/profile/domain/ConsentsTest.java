package org.committeeacademy.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aConsentIsRecordedOnceWithTheCurrentTextVersion() {
        Consents consents = new Consents(7, List.of());
        Consent given = consents.give(ConsentKind.ACCESSIBILITY_NEEDS, NOW).orElseThrow();
        assertEquals(TextVersions.ACCESSIBILITY_CONSENT, given.textVersion());
        assertEquals(NOW, given.givenAt());
        assertTrue(consents.give(ConsentKind.ACCESSIBILITY_NEEDS, NOW.plusSeconds(60))
                .isEmpty());
        assertTrue(consents.covers(ConsentKind.ACCESSIBILITY_NEEDS));
    }

    @Test
    void withdrawingEndsTheStandingConsentAndSaysTheDataMustGo() {
        Consents consents = new Consents(7, List.of());
        Consent given = consents.give(ConsentKind.TALENTS, NOW).orElseThrow();
        assertTrue(consents.withdraw(ConsentKind.TALENTS, NOW.plusSeconds(60)));
        assertEquals(NOW.plusSeconds(60), given.withdrawnAt());
        assertFalse(consents.covers(ConsentKind.TALENTS));
        assertFalse(consents.withdraw(ConsentKind.TALENTS, NOW.plusSeconds(120)), "nothing left to withdraw");
    }

    @Test
    void anOlderTextVersionAsksForANewAcknowledgement() {
        Consent old = new Consent(7, ConsentKind.PRIVACY_NOTICE, "2024-01", NOW.minusSeconds(86_400));
        Consents consents = new Consents(7, List.of(old));
        assertFalse(consents.covers(ConsentKind.PRIVACY_NOTICE));
        Consent renewed = consents.give(ConsentKind.PRIVACY_NOTICE, NOW).orElseThrow();
        assertEquals(TextVersions.PRIVACY_NOTICE, renewed.textVersion());
        assertFalse(old.isStanding(), "the old acknowledgement ends when the new one is given");
        assertTrue(consents.covers(ConsentKind.PRIVACY_NOTICE));
    }
}
