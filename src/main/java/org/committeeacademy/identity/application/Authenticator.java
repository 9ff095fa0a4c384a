package org.committeeacademy.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.PasswordHasher;

/**
 * Checks e-mail and password for both the login form and HTTP Basic. The throttle (SignInGuard) is asked before, by
 * the authentication mechanism, which knows the client; here only unknown addresses are braked, before any hashing.
 */
@ApplicationScoped
public class Authenticator {

    private final PasswordHasher hasher = new PasswordHasher();
    /** Verified against for unknown addresses, so their answer takes as long as a real one. */
    private String unknownAccountHash;
    /** How long a hash takes here, a running average, for answers to unknown addresses beyond the brake. */
    private volatile long hashNanos = Duration.ofMillis(100).toNanos();

    @Inject
    AccountRepository accounts;

    @Inject
    SignInGuard guard;

    private RecentlyVerifiedPasswords recentlyVerified;

    @PostConstruct
    void init() {
        Clock clock = Clock.systemUTC();
        recentlyVerified = new RecentlyVerifiedPasswords(Duration.ofMinutes(5), clock);
        // here, not in a field initializer, which the CDI client proxy would run as well
        unknownAccountHash = hasher.hash("no-such-account".toCharArray());
    }

    public Optional<AuthenticatedAccount> authenticate(String rawEmail, String password) {
        String email = EmailAddress.normalize(rawEmail);
        if (password == null || password.length() > 1024) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.findByEmail(email);
        boolean valid = account.isPresent() ? passwordMatches(account.get(), password) : rejectUnknown(password);
        return valid ? account.map(AuthenticatedAccount::of) : Optional.empty();
    }

    private boolean passwordMatches(Account account, String password) {
        if (recentlyVerified.matches(account.email(), account.passwordHash(), password)) {
            return true;
        }
        boolean matches = hasher.verify(password.toCharArray(), account.passwordHash());
        if (matches) {
            recentlyVerified.remember(account.email(), account.passwordHash(), password);
        }
        return matches;
    }

    /**
     * An unknown address costs a hash (so its answer takes as long as a wrong password) only at the guard's global
     * rate; beyond it, the answer waits about as long without using the processor.
     */
    private boolean rejectUnknown(String password) {
        if (guard.mayHashUnknown()) {
            long started = System.nanoTime();
            hasher.verify(password.toCharArray(), unknownAccountHash);
            hashNanos = (hashNanos * 7 + (System.nanoTime() - started)) / 8;
        } else {
            try {
                Thread.sleep(Duration.ofNanos(hashNanos).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return false;
    }
}
