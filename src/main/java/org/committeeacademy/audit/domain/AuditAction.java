package org.committeeacademy.audit.domain;

/**
 * What an audit line records. The first six are written to the audit log when they happen; ENROLMENT_CHANGED is
 * read from the enrolment history, which already records who changed what and when.
 */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCESS_REFUSED,
    ROLES_CHANGED,
    DATA_EXPORTED,
    ACCOUNT_ERASED,
    ENROLMENT_CHANGED;

    /** Whether lines of this kind are written to audit_entry (rather than read from another record). */
    public boolean isWritten() {
        return this != ENROLMENT_CHANGED;
    }
}
