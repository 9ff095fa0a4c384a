package org.committeeacademy.profile.application;

import org.committeeacademy.profile.domain.ProfileDetails;
import org.committeeacademy.profile.domain.TalentVisibility;
import org.committeeacademy.shared.domain.Language;

/** What the profile form sends: the account's name and language, the committee, the details and the consents. */
public record ProfileChange(
        String name,
        Language language,
        String committee,
        ProfileDetails details,
        boolean needsConsent,
        boolean talentsConsent,
        TalentVisibility talentsVisibility) {}
