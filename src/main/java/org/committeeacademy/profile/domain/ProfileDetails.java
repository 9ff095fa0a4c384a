package org.committeeacademy.profile.domain;

/** The fields of the profile form, as typed; {@link Profile#describe} checks them. */
public record ProfileDetails(
        String municipality,
        CommitteeRole committeeRole,
        String contactPhone,
        String accessibilityNeeds,
        String talents,
        String languagesOffered) {}
