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
import org.committeeacademy.identity.domain.LoginThrottle;
import org.committeeacademy.identity.domain.PasswordHasher;
import org.committeeacademy.shared.config.AcademySettings;

/** Checks e-mail and password for both the login form and HTTP Basic, with the lock after repeated failures. */
@ApplicationScoped
public class Authenticator {

    private final PasswordHasher hasher = new PasswordHasher();
    /** Verified against for unknown addresses, so their answer takes as long as a real one. */
    private String unknownAccountHash;

    @Inject
    AccountRepository accounts;

    private LoginThrottle throttle;
    private long lockMinutes;
    private RecentlyVerifiedPasswords recentlyVerified;

    @PostConstruct
    void init() {
        AcademySettings settings = AcademySettings.current();
        Clock clock = Clock.systemUTC();
        throttle = new LoginThrottle(settings.loginMaxFailures(), settings.loginWindow(), settings.loginLock(), clock);
        lockMinutes = settings.loginLock().toMinutes();
        recentlyVerified = new RecentlyVerifiedPasswords(Duration.ofMinutes(5), clock);
        // here, not in a field initializer, which the CDI client proxy would run as well
        unknownAccountHash = hasher.hash("no-such-account".toCharArray());
    }

    public Optional<AuthenticatedAccount> authenticate(String rawEmail, String password) {
        String email = EmailAddress.normalize(rawEmail);
        if (password == null || password.length() > 1024 || throttle.isLocked(email)) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.findByEmail(email);
        boolean valid = account.isPresent() ? passwordMatches(account.get(), password) : rejectUnknown(password);
        if (!valid) {
            throttle.recordFailure(email);
            return Optional.empty();
        }
        throttle.recordSuccess(email);
        return account.map(AuthenticatedAccount::of);
    }

    public boolean isLocked(String rawEmail) {
        return throttle.isLocked(EmailAddress.normalize(rawEmail));
    }

    public long lockMinutes() {
        return lockMinutes;
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

    private boolean rejectUnknown(String password) {
        hasher.verify(password.toCharArray(), unknownAccountHash);
        return false;
    }
}
