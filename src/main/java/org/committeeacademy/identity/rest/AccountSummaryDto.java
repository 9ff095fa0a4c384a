package org.committeeacademy.identity.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.committeeacademy.identity.domain.Account;

/** An account in the list of GET /accounts: who, which roles, which organisation (null where none). */
@JsonbNillable
public record AccountSummaryDto(long id, String email, String name, List<String> roles, Long organisationId) {

    static AccountSummaryDto of(Account account) {
        return new AccountSummaryDto(
                account.id(),
                account.email(),
                account.name(),
                account.roles().stream().map(Enum::name).sorted().toList(),
                account.organisationId());
    }
}
