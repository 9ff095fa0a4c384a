package org.committeeacademy.profile.domain;

/** What a person agreed to: sharing accessibility needs, offering talents, or having read the privacy notice. */
public enum ConsentKind {
    ACCESSIBILITY_NEEDS,
    TALENTS,
    PRIVACY_NOTICE
}
