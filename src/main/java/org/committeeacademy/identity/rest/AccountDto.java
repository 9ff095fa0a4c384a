package org.committeeacademy.identity.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.committeeacademy.identity.domain.Account;

/**
 * An account as the API shows it: never the password hash. {@code organisationId} is null for people without one;
 * committeeId is the committee the account is a confirmed member of, null where none (and in the answers to creating
 * an account, which has none yet); the nulls are written out, as the contract names the fields. {@code language} is
 * the contract's code ("de" for plain German too); {@code plainLanguage}, an addition, says German in plain language.
 */
@JsonbNillable
public record AccountDto(
        long id,
        String email,
        String name,
        List<String> roles,
        String language,
        Long organisationId,
        Long committeeId,
        boolean plainLanguage) {

    static AccountDto of(Account account) {
        return of(account, null);
    }

    static AccountDto of(Account account, Long committeeId) {
        return new AccountDto(
                account.id(),
                account.email(),
                account.name(),
                account.roles().stream().map(Enum::name).sorted().toList(),
                account.language().code(),
                account.organisationId(),
                committeeId,
                account.plainLanguage());
    }
}
