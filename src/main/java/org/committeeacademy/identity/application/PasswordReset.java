package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.LinkUnusableException;
import org.committeeacademy.identity.domain.OneTimeToken;
import org.committeeacademy.identity.domain.TokenPurpose;
import org.committeeacademy.identity.domain.TokenRepository;

/**
 * "Forgot your password": a link by mail, valid one hour and once. The answer is the same for every address, and a
 * new request makes the older links of the account void.
 */
@ApplicationScoped
@Transactional
public class PasswordReset {

    @Inject
    AccountRepository accounts;

    @Inject
    TokenRepository tokens;

    @Inject
    Event<AccountMailDue> mails;

    @Inject
    RequestLimits limits;

    @Inject
    SiteAddress site;

    @Inject
    AuditLog audit;

    @Inject
    ApiTokens apiTokens;

    @Inject
    AccountSessions sessions;

    Clock clock = Clock.systemUTC();

    public void request(String rawEmail, String client) {
        String email = EmailAddress.normalize(rawEmail);
        if (!EmailAddress.isValid(email) || !limits.allow("reset", email, client)) {
            return;
        }
        accounts.findByEmail(email).filter(a -> !a.isErased()).ifPresent(account -> {
            voidOpenLinks(account.id());
            OneTimeToken.Issued issued = OneTimeToken.forPasswordReset(account.id(), clock.instant());
            tokens.add(issued.token());
            mails.fire(AccountMailDue.to(
                    account, AccountMailDue.Kind.PASSWORD_RESET, Map.of("link", site.resetLink(issued.secret()))));
            audit.recordOnCommit(
                    AuditAction.PASSWORD_RESET_REQUESTED, null, "ACCOUNT", String.valueOf(account.id()), null);
        });
    }

    /** Whether a link can still be used, before the person types a new password. */
    @Transactional
    public void check(String secret) {
        token(secret);
    }

    public Account reset(String secret, String password, String repeat) {
        OneTimeToken token = token(secret);
        Account account =
                accounts.find(token.accountId()).filter(a -> !a.isErased()).orElseThrow(LinkUnusableException::new);
        String hash = ChosenPassword.hash(password, repeat, account.email(), account.name());
        token.redeem(TokenPurpose.PASSWORD_RESET, clock.instant());
        account.changePassword(hash);
        apiTokens.revokeAllOf(account.id());
        sessions.announce(account, false);
        voidOpenLinks(account.id());
        audit.recordOnCommit(
                AuditAction.PASSWORD_CHANGED, account.id(), "ACCOUNT", String.valueOf(account.id()), "reset");
        return account;
    }

    private OneTimeToken token(String secret) {
        return tokens.findByHash(OneTimeToken.hash(secret))
                .filter(t -> t.isUsable(TokenPurpose.PASSWORD_RESET, clock.instant()))
                .orElseThrow(LinkUnusableException::new);
    }

    private void voidOpenLinks(long accountId) {
        tokens.openFor(TokenPurpose.PASSWORD_RESET, accountId, null).forEach(t -> t.revoke(clock.instant()));
    }
}
