package org.committeeacademy.identity.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.committeeacademy.identity.domain.Account;

/** An account as the API shows it: never the password hash. {@code organisationId} is null for people without one. */
@JsonbNillable
public record AccountDto(long id, String email, String name, List<String> roles, String language, Long organisationId) {

    static AccountDto of(Account account) {
        return new AccountDto(
                account.id(),
                account.email(),
                account.name(),
                account.roles().stream().map(Enum::name).sorted().toList(),
                account.language().code(),
                account.organisationId());
    }
}
