-- Issue 20: the audit log records switching the second factor on and off, an administrator's reset, a recovery code
-- used at sign-in and an administrator lifting sign-in blocks on an account.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check CHECK (action IN (
    'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCESS_REFUSED', 'ROLES_CHANGED', 'DATA_EXPORTED', 'ACCOUNT_ERASED',
    'INVITATION_SENT', 'INVITATION_ACCEPTED', 'INVITATION_WITHDRAWN', 'REGISTRATION_APPROVED',
    'REGISTRATION_DECLINED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_CHANGED', 'AMBASSADOR_CHANGED',
    'MFA_ENABLED', 'MFA_DISABLED', 'MFA_RESET', 'MFA_RECOVERY_CODE_USED', 'SIGN_IN_UNLOCKED'));
