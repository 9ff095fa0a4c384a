package org.committeeacademy.profile.domain;

/**
 * The versions of the texts people agree to. A new wording of the privacy notice or of a consent text gets a new
 * version here, and the bundles' texts change with it: consents then name the exact text that was shown.
 */
public final class TextVersions {

    public static final String PRIVACY_NOTICE = "2026-11";
    public static final String ACCESSIBILITY_CONSENT = "2026-11";
    public static final String TALENTS_CONSENT = "2026-11";

    private TextVersions() {}

    public static String of(ConsentKind kind) {
        return switch (kind) {
            case PRIVACY_NOTICE -> PRIVACY_NOTICE;
            case ACCESSIBILITY_NEEDS -> ACCESSIBILITY_CONSENT;
            case TALENTS -> TALENTS_CONSENT;
        };
    }
}
