package org.committeeacademy.identity.application;

import java.util.Map;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.Language;

/**
 * A mail about a person's access is due: identity decides that one is, notification (above identity) writes it. The
 * event is observed synchronously, so the mail enters the outbox in the transaction of the change, or not at all.
 * {@code accountId} is empty for people without an account yet (invited, registered).
 */
public record AccountMailDue(
        Kind kind, Long accountId, String email, String name, Language language, Map<String, String> values) {

    public enum Kind {
        INVITATION,
        PASSWORD_RESET,
        ACCOUNT_EXISTS,
        REGISTRATION_APPROVED,
        REGISTRATION_DECLINED
    }

    public static AccountMailDue to(Account account, Kind kind, Map<String, String> values) {
        return new AccountMailDue(kind, account.id(), account.email(), account.name(), account.language(), values);
    }
}
