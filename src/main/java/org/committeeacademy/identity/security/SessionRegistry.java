package org.committeeacademy.identity.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.committeeacademy.identity.application.AccountSessions;
import org.committeeacademy.identity.application.SessionsEnded;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The signed-in page sessions, keyed by account id: a session counts while its account's stored session version is the
 * one it signed in with (a password change or reset, a role change or an erasure raises it: see {@link
 * AccountSessions}) and for at most the absolute lifetime ({@code ACADEMY_SESSION_ABSOLUTE_HOURS}, default 12) besides
 * the idle timeout. The stored version is read at most once a second per account and instance; a change made here is
 * seen at once, one made on another cluster instance within that second.
 */
@ApplicationScoped
public class SessionRegistry {

    private static final Duration RECHECK = Duration.ofSeconds(1);
    private static final int MAX_CACHED = 50_000;

    private record Checked(OptionalInt version, Instant at) {}

    private final Map<Long, Checked> checked = new ConcurrentHashMap<>();
    private Duration absoluteLifetime;
    Clock clock = Clock.systemUTC();

    @Inject
    AccountSessions sessions;

    @Inject
    HttpServletRequest request;

    @PostConstruct
    void init() {
        int hours = ConfigProvider.getConfig(SessionRegistry.class.getClassLoader())
                .getOptionalValue("academy.session.absolute-hours", Integer.class)
                .orElse(12);
        absoluteLifetime = Duration.ofHours(Math.max(1, hours));
    }

    SignedIn signIn(String email, Set<String> groups) {
        AccountSessions.Stamp stamp = sessions.stampFor(email).orElse(new AccountSessions.Stamp(-1, -1));
        checked.remove(stamp.accountId());
        return new SignedIn(stamp.accountId(), email, Set.copyOf(groups), stamp.version(), clock.instant());
    }

    boolean isCurrent(SignedIn signedIn) {
        Instant now = clock.instant();
        return SessionCheck.isCurrent(
                signedIn.version(),
                signedIn.signedInAt(),
                storedVersion(signedIn.accountId(), now),
                now,
                absoluteLifetime);
    }

    private OptionalInt storedVersion(long accountId, Instant now) {
        Checked last = checked.get(accountId);
        if (last != null && now.isBefore(last.at().plus(RECHECK))) {
            return last.version();
        }
        OptionalInt version = sessions.version(accountId);
        if (checked.size() >= MAX_CACHED) {
            checked.clear();
        }
        checked.put(accountId, new Checked(version, now));
        return version;
    }

    /** Forgets the cached version; keeps the current request's session if asked and if it is the account's own. */
    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded event) {
        checked.remove(event.accountId());
        if (!event.keepCurrent()) {
            return;
        }
        try {
            HttpSession session = request.getSession(false);
            if (session != null
                    && session.getAttribute(AcademyAuthenticationMechanism.SESSION_KEY) instanceof SignedIn signedIn
                    && signedIn.accountId() == event.accountId()) {
                session.setAttribute(
                        AcademyAuthenticationMechanism.SESSION_KEY, signedIn.renewed(event.version(), event.groups()));
            }
        } catch (ContextNotActiveException | IllegalStateException e) {
            // no request (a scheduled job) or its session is gone: nothing to keep
        }
    }
}
