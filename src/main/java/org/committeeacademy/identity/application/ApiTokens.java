package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.ApiToken;
import org.committeeacademy.identity.domain.ApiTokenRepository;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;

/** Personal API tokens: each person creates, lists and revokes their own; a Bearer token signs its account in. */
@ApplicationScoped
@Transactional
public class ApiTokens {

    private static final int MAX_SECRET_LENGTH = 200;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    public ApiToken.Issued create(String name, Integer days) {
        Account me = currentUser.require();
        ApiToken.Issued issued = ApiToken.issue(me.id(), name, days, clock.instant());
        if (tokens.activeOf(me.id(), clock.instant()).size() >= ApiToken.MAX_ACTIVE) {
            throw new ConflictException("apiToken.tooMany");
        }
        tokens.add(issued.token());
        return issued;
    }

    public List<ApiToken> mine() {
        return tokens.activeOf(currentUser.require().id(), clock.instant());
    }

    /** Revokes one of the caller's tokens; another person's token does not exist for the caller. */
    public void revoke(long id) {
        Account me = currentUser.require();
        ApiToken token = tokens.find(id)
                .filter(t -> t.accountId() == me.id() && t.isUsable(clock.instant()))
                .orElseThrow(() -> new NotFoundException("token " + id));
        token.revoke(clock.instant());
    }

    /** After a password change or reset: no token of the account works any more. */
    void revokeAllOf(long accountId) {
        tokens.revokeAllOf(accountId, clock.instant());
    }

    /**
     * The account a Bearer secret signs in, with its current roles; empty for an unknown, revoked or expired token
     * and for an erased account. One SHA-256 and one indexed read; the last use is written at most every 15 minutes.
     */
    public Optional<AuthenticatedAccount> authenticate(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        return tokens.findByHash(ApiToken.hash(secret))
                .filter(t -> t.isUsable(clock.instant()))
                .flatMap(t -> {
                    t.recordUse(clock.instant());
                    return accounts.find(t.accountId());
                })
                .filter(a -> !a.isErased())
                .map(AuthenticatedAccount::of);
    }
}
