package org.committeeacademy.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.PasswordHasher;
import org.committeeacademy.identity.domain.RecoveryCodes;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.domain.SecondFactor;
import org.committeeacademy.identity.domain.SecondFactorRepository;
import org.committeeacademy.identity.domain.Totp;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/** Setting up, using and switching off the TOTP second factor, with its recovery codes. */
@ApplicationScoped
@Transactional
public class SecondFactors {

    /** What an authenticator app needs: the secret as text and as an otpauth URI. */
    public record Setup(String secret, String uri) implements java.io.Serializable {}

    /** The state the profile page shows. */
    public record Status(boolean enabled, boolean required, int recoveryCodesLeft) {}

    /** What the second factor means for a request to the API signed in with a password. */
    public enum PasswordAccess {
        /** The password is enough. */
        OPEN,
        /** The account uses a second factor: the API takes a token instead. */
        TOKEN_REQUIRED,
        /** A role requires a second factor the account has not set up yet: no API use at all. */
        SETUP_MISSING
    }

    @Inject
    SecondFactorRepository factors;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();
    private final PasswordHasher hasher = new PasswordHasher();
    private SecretSeal seal;
    Set<Role> requiredRoles; // from the settings in init(); a test sets it
    private String issuer;

    @PostConstruct
    void init() {
        SignInSettings settings = SignInSettings.current();
        seal = new SecretSeal(settings.mfaKey());
        requiredRoles = settings.mfaRequiredRoles();
        issuer = settings.mfaIssuer();
    }

    public Setup begin(long accountId) {
        Account account = account(accountId);
        SecondFactor factor = factors.find(accountId).orElseGet(() -> new SecondFactor(accountId));
        if (factor.enabled()) {
            throw new ConflictException("mfa.alreadyOn");
        }
        String secret = Totp.newSecret();
        factor.begin(seal.seal(secret));
        factors.save(factor);
        return new Setup(secret, Totp.uri(issuer, account.email(), secret));
    }

    /** Switches the factor on with a first code from the app; answers the recovery codes, shown only now. */
    public List<String> confirm(long accountId, String code) {
        SecondFactor factor = factors.find(accountId)
                .filter(f -> f.sealedPendingSecret() != null)
                .orElseThrow(() -> new ConflictException("mfa.notStarted"));
        OptionalLong step =
                Totp.matchingStep(seal.open(factor.sealedPendingSecret()), code, clock.instant(), factor.lastStep());
        if (step.isEmpty()) {
            throw new ValidationException("code", "mfa.code.wrong");
        }
        List<String> codes = RecoveryCodes.generate();
        factor.confirm(step.getAsLong(), RecoveryCodes.hashes(codes), clock.instant());
        audit.recordOnCommit(AuditAction.MFA_ENABLED, accountId, "ACCOUNT", String.valueOf(accountId), null);
        return codes;
    }

    /** A code at sign-in: a TOTP code not used before, or an unused recovery code (which is then used up). */
    public boolean verify(long accountId, String code) {
        SecondFactor factor =
                factors.find(accountId).filter(SecondFactor::enabled).orElse(null);
        if (factor == null || code == null) {
            return false;
        }
        if (RecoveryCodes.looksLikeRecoveryCode(code)) {
            boolean used = factor.useRecoveryCode(RecoveryCodes.hash(code));
            if (used) {
                audit.recordOnCommit(
                        AuditAction.MFA_RECOVERY_CODE_USED, accountId, "ACCOUNT", String.valueOf(accountId), null);
            }
            return used;
        }
        OptionalLong step =
                Totp.matchingStep(seal.open(factor.sealedSecret()), code, clock.instant(), factor.lastStep());
        step.ifPresent(factor::used);
        return step.isPresent();
    }

    public List<String> regenerateRecoveryCodes(long accountId, String code) {
        if (!verify(accountId, code)) {
            throw new ValidationException("code", "mfa.code.wrong");
        }
        List<String> codes = RecoveryCodes.generate();
        factors.find(accountId).orElseThrow().replaceRecoveryCodes(RecoveryCodes.hashes(codes));
        return codes;
    }

    /** Switched off by its owner, who proves it with a current code or the password. */
    public void switchOff(long accountId, String codeOrPassword) {
        Account account = account(accountId);
        boolean proven = verify(accountId, codeOrPassword)
                || (codeOrPassword != null
                        && codeOrPassword.length() <= 1024
                        && hasher.verify(codeOrPassword.toCharArray(), account.passwordHash()));
        if (!proven) {
            throw new ValidationException("proof", "mfa.proof.wrong");
        }
        factors.find(accountId).ifPresent(SecondFactor::switchOff);
        audit.recordOnCommit(AuditAction.MFA_DISABLED, accountId, "ACCOUNT", String.valueOf(accountId), "self");
    }

    /** An administrator takes an account's second factor away (a lost phone and lost codes); audited. */
    public void reset(long accountId, long adminId) {
        account(accountId);
        factors.find(accountId).ifPresent(SecondFactor::switchOff);
        audit.recordOnCommit(AuditAction.MFA_RESET, adminId, "ACCOUNT", String.valueOf(accountId), "admin");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean enabled(long accountId) {
        return factors.find(accountId).map(SecondFactor::enabled).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean enabledFor(String email) {
        return accounts.findByEmail(EmailAddress.normalize(email))
                .map(a -> enabled(a.id()))
                .orElse(false);
    }

    /**
     * Both checks of a password on the API with one read of the account's second factor; the account and its roles
     * are the ones just signed in.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PasswordAccess passwordAccess(long accountId, Collection<Role> roles) {
        SecondFactor factor = factors.find(accountId).orElse(null);
        if (factor != null && factor.enabled()) {
            return PasswordAccess.TOKEN_REQUIRED;
        }
        boolean setUpOrExempt = factor != null && factor.exempt();
        return Collections.disjoint(roles, requiredRoles) || setUpOrExempt
                ? PasswordAccess.OPEN
                : PasswordAccess.SETUP_MISSING;
    }

    /** Whether a role requires a second factor this account has not set up (and is not exempt from). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean setupRequired(long accountId) {
        return accounts.find(accountId)
                .map(account -> setupRequired(accountId, account.roles()))
                .orElse(false);
    }

    /** As {@link #setupRequired(long)} for an account just signed in: its roles are known, so no role asks no read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean setupRequired(AuthenticatedAccount account) {
        return setupRequired(account.id(), account.roles());
    }

    private boolean setupRequired(long accountId, Collection<Role> roles) {
        if (Collections.disjoint(roles, requiredRoles)) {
            return false;
        }
        return factors.find(accountId).map(f -> !f.enabled() && !f.exempt()).orElse(true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status(long accountId) {
        SecondFactor factor = factors.find(accountId).orElse(null);
        boolean on = factor != null && factor.enabled();
        return new Status(on, setupRequired(accountId), on ? factor.recoveryCodesLeft() : 0);
    }

    /** The demo accounts are not asked to set it up, so the README's journeys work as written. */
    public void exempt(long accountId) {
        if (factors.find(accountId).isEmpty()) {
            factors.save(SecondFactor.exemptFor(accountId));
        }
    }

    private Account account(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
    }
}
