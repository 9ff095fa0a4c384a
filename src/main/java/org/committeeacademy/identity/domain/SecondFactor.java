package org.committeeacademy.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An account's second factor: the TOTP secret (sealed by the application before it gets here), the last time step used
 * (a code is accepted once), and the hashes of the unused recovery codes. The version makes two sign-ins with the same
 * code at the same moment collide instead of both succeeding.
 */
@Entity
@Table(name = "account_mfa")
public class SecondFactor {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "totp_secret")
    private String secret;

    @Column(name = "pending_secret")
    private String pendingSecret;

    @Column(name = "enabled_at")
    private Instant enabledAt;

    @Column(name = "last_step")
    private long lastStep;

    /** Not asked to set it up even if a role requires it (the demo accounts; documented in docs/configuration.md). */
    private boolean exempt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mfa_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @Version
    @Column(name = "row_version")
    private long version;

    protected SecondFactor() {}

    public SecondFactor(long accountId) {
        this.accountId = accountId;
    }

    public static SecondFactor exemptFor(long accountId) {
        SecondFactor factor = new SecondFactor(accountId);
        factor.exempt = true;
        return factor;
    }

    public long accountId() {
        return accountId;
    }

    public boolean enabled() {
        return enabledAt != null && secret != null;
    }

    public boolean exempt() {
        return exempt;
    }

    public Instant enabledAt() {
        return enabledAt;
    }

    public String sealedSecret() {
        return secret;
    }

    public String sealedPendingSecret() {
        return pendingSecret;
    }

    public long lastStep() {
        return lastStep;
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    /** A new secret waits for its first code; the one in use (if any) stays until then. */
    public void begin(String sealedSecret) {
        if (enabled()) {
            throw new IllegalStateException("The second factor is on; switch it off first");
        }
        pendingSecret = sealedSecret;
    }

    public void confirm(long step, List<String> codeHashes, Instant now) {
        if (pendingSecret == null) {
            throw new IllegalStateException("No second factor is being set up");
        }
        secret = pendingSecret;
        pendingSecret = null;
        enabledAt = now;
        lastStep = step;
        replaceRecoveryCodes(codeHashes);
    }

    /** Remembers the step of a code just accepted, so it cannot be used again. */
    public void used(long step) {
        lastStep = Math.max(lastStep, step);
    }

    /** Takes a recovery code away if it is one of the unused ones. */
    public boolean useRecoveryCode(String codeHash) {
        return enabled() && recoveryCodeHashes.remove(codeHash);
    }

    public void replaceRecoveryCodes(List<String> codeHashes) {
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(codeHashes);
    }

    public void switchOff() {
        secret = null;
        pendingSecret = null;
        enabledAt = null;
        recoveryCodeHashes.clear();
    }
}
