package org.committeeacademy.profile.application;

import java.time.Instant;
import org.committeeacademy.profile.domain.CommitteeRole;
import org.committeeacademy.profile.domain.TalentVisibility;
import org.committeeacademy.shared.domain.Language;

/** My profile as the form shows it, with the consents that stand (and since when); plainLanguage: plain German. */
public record ProfileView(
        String name,
        String email,
        Language language,
        boolean plainLanguage,
        String municipality,
        CommitteeRole committeeRole,
        String contactPhone,
        String accessibilityNeeds,
        Instant needsConsentSince,
        String talents,
        String languagesOffered,
        TalentVisibility talentsVisibility,
        Instant talentsConsentSince) {}
