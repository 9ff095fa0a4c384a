package org.committeeacademy.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.AccessDeniedException;

/** The person behind the current request, for checks on who may do what. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty() : accounts.findByEmail(principal.getName());
        }
        return account;
    }

    public Account require() {
        return account().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    public boolean hasRole(Role role) {
        return security.isCallerInRole(role.name());
    }

    public Account requireAnyRole(Role... roles) {
        Account current = require();
        if (Arrays.stream(roles).noneMatch(this::hasRole)) {
            throw new AccessDeniedException("Requires one of " + Arrays.toString(roles));
        }
        return current;
    }
}
