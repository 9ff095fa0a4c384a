package org.committeeacademy.identity.web;

import java.io.Serializable;
import java.util.List;
import org.committeeacademy.identity.domain.Account;

/** An account as the admin's list shows it. */
public record AccountRow(
        long id, String email, String name, String language, List<String> roles, Long organisationId, String committee)
        implements Serializable {

    static AccountRow of(Account account) {
        return of(account, null);
    }

    static AccountRow of(Account account, String committee) {
        return new AccountRow(
                account.id(),
                account.email(),
                account.name(),
                account.language().code(),
                account.roles().stream().map(Enum::name).sorted().toList(),
                account.organisationId(),
                committee);
    }
}
