package org.committeeacademy.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.application.Caller;
import org.committeeacademy.shared.domain.AccessDeniedException;

/** The person behind the current request, for checks on who may do what. */
@RequestScoped
public class CurrentUser implements Caller {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    private Optional<Account> account;
    private String loadedFor;

    /** Loaded once per request and caller; a login in the middle of the request is noticed. */
    public Optional<Account> account() {
        Principal principal = security.getCallerPrincipal();
        String caller = principal == null ? null : principal.getName();
        if (account == null || !Objects.equals(caller, loadedFor)) {
            account = caller == null ? Optional.empty() : accounts.findByEmail(caller);
            loadedFor = caller;
        }
        return account;
    }

    public Account require() {
        return account().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    /** From the stored account, so a role given or taken by an admin counts at once (and no JACC check per call). */
    public boolean hasRole(Role role) {
        return account().map(a -> a.hasRole(role)).orElse(false);
    }

    public Account requireAnyRole(Role... roles) {
        Account current = require();
        if (Arrays.stream(roles).noneMatch(this::hasRole)) {
            throw new AccessDeniedException("Requires one of " + Arrays.toString(roles));
        }
        return current;
    }

    @Override
    public void requireAdmin() {
        requireAnyRole(Role.ADMIN);
    }
}
