package org.committeeacademy.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.identity.application.AuthenticatedAccount;
import org.committeeacademy.identity.application.SecondFactors;
import org.committeeacademy.identity.application.SecondFactors.PasswordAccess;
import org.committeeacademy.identity.application.SignInGuard;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.Role;

/**
 * The login's second step: after the right password of an account with a second factor, the session remembers who is
 * half signed in (for five minutes) and the login page asks for the code; the code goes through the same throttle as
 * the password. After a full login of an account that must set one up, the session is marked until it has.
 */
@ApplicationScoped
public class SecondStep {

    /** Who passed the password and waits for the code; read by the login page. */
    public static final String PENDING = SecondStep.class.getName() + ".pending";
    /** Set while the signed-in account must set up its second factor before anything else. */
    public static final String SETUP_REQUIRED = SecondStep.class.getName() + ".setupRequired";
    /** Set on the request when the throttle refused it: a Duration to wait. */
    public static final String RETRY_AFTER = SecondStep.class.getName() + ".retryAfter";

    static final Duration PENDING_FOR = Duration.ofMinutes(5);

    record Pending(long accountId, String email, Set<String> groups, Instant until) implements Serializable {}

    @Inject
    SecondFactors factors;

    @Inject
    SignInGuard guard;

    @Inject
    AccountRepository accounts;

    @Inject
    LoginAudit audit;

    @Inject
    ClientAddress clients;

    /** Whether the password alone is not enough for this account. */
    boolean required(String email) {
        return factors.enabledFor(email);
    }

    /**
     * A password on the API, just validated by the account store (whose unique id is the account's id): whether the
     * account must use a token or set up its second factor first; one read.
     */
    PasswordAccess passwordAccess(CredentialValidationResult result) {
        Set<Role> roles = result.getCallerGroups().stream().map(Role::valueOf).collect(Collectors.toSet());
        return factors.passwordAccess(Long.parseLong(result.getCallerUniqueId()), roles);
    }

    /** The same for an account a token signed in: its roles are known, so a member costs no further read. */
    boolean setupMissing(AuthenticatedAccount account) {
        return factors.setupRequired(account);
    }

    void await(HttpServletRequest request, CredentialValidationResult result) {
        String email = result.getCallerPrincipal().getName();
        long id = accountId(email).orElseThrow();
        request.getSession()
                .setAttribute(
                        PENDING,
                        new Pending(
                                id,
                                email,
                                Set.copyOf(result.getCallerGroups()),
                                Instant.now().plus(PENDING_FOR)));
    }

    /** Public for the login page: whether a second step is open in this session. */
    public static boolean isPending(HttpSession session) {
        return session != null
                && session.getAttribute(PENDING) instanceof Pending pending
                && Instant.now().isBefore(pending.until());
    }

    /** The result of the first step, if the code is right; throttled and audited like a password. */
    Optional<CredentialValidationResult> check(HttpServletRequest request, SecondFactorCredential credential) {
        HttpSession session = request.getSession(false);
        if (!isPending(session)) {
            return Optional.empty();
        }
        Pending pending = (Pending) session.getAttribute(PENDING);
        String client = clients.of(request);
        Optional<Duration> wait = guard.waitBefore(pending.email(), client);
        if (wait.isPresent()) {
            request.setAttribute(RETRY_AFTER, wait.get());
            return Optional.empty();
        }
        if (!verified(pending.accountId(), credential.code())) {
            guard.failed(pending.email(), client);
            audit.failedCode(pending.email());
            return Optional.empty();
        }
        guard.succeeded(pending.email(), client);
        session.removeAttribute(PENDING);
        return Optional.of(new CredentialValidationResult(new CallerPrincipal(pending.email()), pending.groups()));
    }

    /** After a full login: marks the session if a role requires a second factor the account has not set up. */
    void afterLogin(HttpSession session, String email) {
        session.removeAttribute(PENDING);
        if (accountId(email).map(factors::setupRequired).orElse(false)) {
            session.setAttribute(SETUP_REQUIRED, Boolean.TRUE);
        }
    }

    /** A code used twice at the same moment: one of the two loses the race on the row's version, and fails. */
    private boolean verified(long accountId, String code) {
        try {
            return factors.verify(accountId, code);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Optional<Long> accountId(String email) {
        return accounts.findByEmail(EmailAddress.normalize(email)).map(Account::id);
    }
}
