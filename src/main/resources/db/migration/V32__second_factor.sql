-- Issue 20: a TOTP second factor per account. The secret is sealed by the application (AES-GCM with ACADEMY_MFA_KEY
-- when set); recovery codes are kept only as SHA-256 hashes and deleted when used. last_step is the time step of the
-- last accepted code, so a code works once. exempt marks accounts not asked to set it up (the demo accounts).
CREATE TABLE account_mfa (
    account_id BIGINT NOT NULL PRIMARY KEY REFERENCES account(id),
    totp_secret VARCHAR(400),
    pending_secret VARCHAR(400),
    enabled_at TIMESTAMP,
    last_step BIGINT NOT NULL,
    exempt BOOLEAN NOT NULL,
    row_version BIGINT NOT NULL
);

CREATE TABLE mfa_recovery_code (
    account_id BIGINT NOT NULL REFERENCES account_mfa(account_id),
    code_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (account_id, code_hash)
);
