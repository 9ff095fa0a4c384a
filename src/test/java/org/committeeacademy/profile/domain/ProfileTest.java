package org.committeeacademy.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void needsTypedWithoutConsentAreNotStored() {
        Profile profile = new Profile(7, NOW);
        profile.shareNeeds("Rollstuhl, bitte Raum im Erdgeschoss", false);
        assertNull(profile.accessibilityNeeds());
    }

    @Test
    void needsWithConsentAreStoredAndGoWhenItIsWithdrawn() {
        Profile profile = new Profile(7, NOW);
        profile.shareNeeds("  Höranlage  ", true);
        assertEquals("Höranlage", profile.accessibilityNeeds());
        profile.shareNeeds("Höranlage", false);
        assertNull(profile.accessibilityNeeds());
    }

    @Test
    void talentsWithoutConsentAreForgottenAndHiddenFromEveryone() {
        Profile profile = new Profile(7, NOW);
        profile.offerTalents("Moderation", "Arabisch", TalentVisibility.ALL_MEMBERS, true);
        assertEquals(TalentVisibility.ALL_MEMBERS, profile.talentsVisibility());
        profile.offerTalents("Moderation", "Arabisch", TalentVisibility.ALL_MEMBERS, false);
        assertNull(profile.talents());
        assertNull(profile.languagesOffered());
        assertEquals(TalentVisibility.NOBODY, profile.talentsVisibility());
    }

    @Test
    void aRefusedChangeNamesEveryProblemAndKeepsTheProfileAsItWas() {
        Profile profile = new Profile(7, NOW);
        profile.describe(new ProfileDetails("Bonn", CommitteeRole.ELECTED, "0228 123", null, null, null), NOW);
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> profile.describe(
                        new ProfileDetails("x".repeat(201), CommitteeRole.DEPUTY, "call me", null, null, null), NOW));
        assertEquals(
                List.of("municipality", "contactPhone"),
                refused.violations().stream()
                        .map(ValidationException.Violation::field)
                        .toList());
        assertEquals("Bonn", profile.municipality());
        assertEquals(CommitteeRole.ELECTED, profile.committeeRole());
    }
}
