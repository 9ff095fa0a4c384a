package org.committeeacademy.profile.application;

import org.committeeacademy.profile.domain.ProfileDetails;
import org.committeeacademy.profile.domain.TalentVisibility;
import org.committeeacademy.shared.domain.Language;

/**
 * What the profile form sends: the account's name and language (with plainLanguage: German in plain language), the
 * details and the consents. The committee is not
 * typed here: the member asks to join one from the list, and staff confirm (committee feature).
 */
public record ProfileChange(
        String name,
        Language language,
        boolean plainLanguage,
        ProfileDetails details,
        boolean needsConsent,
        boolean talentsConsent,
        TalentVisibility talentsVisibility) {}
