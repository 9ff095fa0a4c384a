package org.committeeacademy.notification.application;

/**
 * What a mail is about, beyond its text: the cohort and session, so that a calendar invitation can be attached to
 * the mails that need one. Either may be null.
 */
public record About(Long cohortId, Long sessionId) {

    public static final About NOTHING = new About(null, null);

    public static About cohort(long cohortId) {
        return new About(cohortId, null);
    }

    public static About session(long cohortId, long sessionId) {
        return new About(cohortId, sessionId);
    }
}
