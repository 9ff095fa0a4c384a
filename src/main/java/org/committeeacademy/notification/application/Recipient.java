package org.committeeacademy.notification.application;

import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.Language;

/** Who a mail goes to, in which language. */
public record Recipient(Long accountId, String email, String name, Language language) {

    public static Recipient of(Account account) {
        return new Recipient(account.id(), account.email(), account.name(), account.language());
    }
}
