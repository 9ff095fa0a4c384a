package org.committeeacademy.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.SignInThrottle;
import org.committeeacademy.shared.config.SharedMaps;
import org.committeeacademy.shared.domain.NotFoundException;

/** The sign-in throttle (shared by a cluster's instances), for the form, HTTP Basic and the second step alike. */
@ApplicationScoped
public class SignInGuard {

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    SharedMaps maps;

    private SignInThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new SignInThrottle(SignInSettings.current().throttleRules(), Clock.systemUTC(), maps);
    }

    /** How long this client must wait before trying this address again; empty when it may try now. */
    public Optional<Duration> waitBefore(String email, String client) {
        return throttle.waitBefore(EmailAddress.normalize(email), client);
    }

    public void failed(String email, String client) {
        throttle.failed(EmailAddress.normalize(email), client);
    }

    public void succeeded(String email, String client) {
        throttle.succeeded(EmailAddress.normalize(email), client);
    }

    /** Whether an unknown address may cost a password hash now; beyond the rate it is refused without one. */
    boolean mayHashUnknown() {
        return throttle.mayHashUnknown();
    }

    public boolean isThrottled(String email) {
        return throttle.isThrottled(EmailAddress.normalize(email));
    }

    /** An administrator lifts every block and delay on an account (audited). */
    public void unlock(long accountId, long adminId) {
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        throttle.unlock(account.email());
        audit.record(AuditAction.SIGN_IN_UNLOCKED, adminId, "ACCOUNT", String.valueOf(accountId), null);
    }
}
