package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A signed-in person changes their own password: the current one is checked (and counted as a failed sign-in when
 * wrong), every other session of the account ends and its API tokens are revoked; the current session stays.
 */
@ApplicationScoped
@Transactional
public class OwnPassword {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountRepository accounts;

    @Inject
    Authenticator authenticator;

    @Inject
    ApiTokens tokens;

    @Inject
    AccountSessions sessions;

    @Inject
    AuditLog audit;

    /** @param repeat the second entry; null from the API, which has none */
    public void change(String current, String password, String repeat) {
        Account me = currentUser.require();
        ChosenPassword.check(password, repeat, me.email(), me.name());
        if (current == null || authenticator.authenticate(me.email(), current).isEmpty()) {
            throw new ValidationException("current", "password.current.wrong");
        }
        Account account = accounts.find(me.id()).orElseThrow();
        account.changePassword(ChosenPassword.hash(password, repeat, me.email(), me.name()));
        tokens.revokeAllOf(account.id());
        sessions.announce(account, true);
        audit.recordOnCommit(
                AuditAction.PASSWORD_CHANGED, account.id(), "ACCOUNT", String.valueOf(account.id()), "own");
    }
}
