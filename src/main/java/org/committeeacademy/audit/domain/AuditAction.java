package org.committeeacademy.audit.domain;

/**
 * What an audit line records. The first fourteen are written to the audit log when they happen; ENROLMENT_CHANGED and
 * ATTENDANCE_CORRECTED are read from the enrolment and attendance histories, which already record who changed what
 * and when.
 */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCESS_REFUSED,
    ROLES_CHANGED,
    DATA_EXPORTED,
    ACCOUNT_ERASED,
    INVITATION_SENT,
    INVITATION_ACCEPTED,
    INVITATION_WITHDRAWN,
    REGISTRATION_APPROVED,
    REGISTRATION_DECLINED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_CHANGED,
    AMBASSADOR_CHANGED,
    ENROLMENT_CHANGED,
    ATTENDANCE_CORRECTED,
    MFA_ENABLED,
    MFA_DISABLED,
    MFA_RESET,
    MFA_RECOVERY_CODE_USED,
    SIGN_IN_UNLOCKED;

    /** Whether lines of this kind are written to audit_entry (rather than read from another record). */
    public boolean isWritten() {
        return this != ENROLMENT_CHANGED && this != ATTENDANCE_CORRECTED;
    }
}
