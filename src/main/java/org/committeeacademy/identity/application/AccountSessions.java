package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.Role;

/**
 * The one place that ends the sessions of an account: the account's session version is raised (on the aggregate, by
 * a password change or reset, a role change or an erasure) and this service tells the web layer, which keeps the
 * current session where asked. Sessions compare their version with the stored one on each request.
 */
@ApplicationScoped
public class AccountSessions {

    /** What a session remembers of its account at sign-in. */
    public record Stamp(long accountId, int version) {}

    @Inject
    AccountRepository accounts;

    @Inject
    Event<SessionsEnded> ended;

    /** The stored session version; empty for an account that no longer exists or was erased. */
    @Transactional
    public OptionalInt version(long accountId) {
        return accounts.sessionVersion(accountId);
    }

    @Transactional
    public Optional<Stamp> stampFor(String email) {
        return accounts.findByEmail(EmailAddress.normalize(email))
                .filter(a -> !a.isErased())
                .map(a -> new Stamp(a.id(), a.sessionVersion()));
    }

    /** Ends every session of the account, also the current one (a reset by mail, an erasure). */
    @Transactional
    public void endAll(Account account) {
        account.endSessions();
        announce(account, false);
    }

    /**
     * Tells that the account's sessions ended (the aggregate raised its version); the current request's session
     * stays if it is the account's own and {@code keepCurrent} is set.
     */
    public void announce(Account account, boolean keepCurrent) {
        ended.fire(new SessionsEnded(
                account.id(),
                account.sessionVersion(),
                account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                keepCurrent));
    }
}
