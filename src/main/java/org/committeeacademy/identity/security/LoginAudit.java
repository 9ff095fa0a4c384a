package org.committeeacademy.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;

/**
 * Audit lines for logins: every failure (form and API, with the address that was tried, never the password) and
 * every login through the form. Successful API calls authenticate on each request and are not logged one by one.
 */
@ApplicationScoped
public class LoginAudit {

    @Inject
    AuditLog audit;

    @Inject
    AccountRepository accounts;

    void succeeded(String email) {
        Long id = accounts.findByEmail(EmailAddress.normalize(email))
                .map(Account::id)
                .orElse(null);
        audit.record(AuditAction.LOGIN_SUCCEEDED, id, "ACCOUNT", email, "form");
    }

    void failed(Credential credential, String channel) {
        String tried = credential instanceof UsernamePasswordCredential up && up.getCaller() != null
                ? EmailAddress.normalize(up.getCaller())
                : null;
        audit.record(AuditAction.LOGIN_FAILED, null, "ACCOUNT", tried, channel);
    }

    /** A wrong code in the login's second step, after the right password. */
    void failedCode(String email) {
        audit.record(AuditAction.LOGIN_FAILED, null, "ACCOUNT", EmailAddress.normalize(email), "second factor");
    }
}
