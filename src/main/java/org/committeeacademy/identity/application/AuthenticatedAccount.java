package org.committeeacademy.identity.application;

import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;

/** Who logged in, as the security layer needs it. */
public record AuthenticatedAccount(long id, String email, String name, Language language, Set<Role> roles) {

    static AuthenticatedAccount of(Account account) {
        return new AuthenticatedAccount(
                account.id(), account.email(), account.name(), account.language(), Set.copyOf(account.roles()));
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
