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
import org.committeeacademy.shared.domain.NotFoundException;

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

    /**
     * Whether the caller manages the objects of this organisation: an admin every one, staff only their own. A null
     * organisation (an object from before organisations, or none chosen) is managed by admins only.
     */
    public boolean manages(Long organisationId) {
        if (hasRole(Role.ADMIN)) {
            return true;
        }
        return hasRole(Role.STAFF)
                && organisationId != null
                && organisationId.equals(account().map(Account::organisationId).orElse(null));
    }

    /** The organisation a staff member is limited to; empty for admins (every one) and for people without STAFF. */
    public Optional<Long> staffScope() {
        if (hasRole(Role.ADMIN) || !hasRole(Role.STAFF)) {
            return Optional.empty();
        }
        return Optional.of(account().map(Account::organisationId).orElse(-1L));
    }

    /** The caller as manager of the organisation's objects; see {@link #refusal()} for what others get. */
    public Account requireManaging(Long organisationId) {
        Account caller = require();
        if (!manages(organisationId)) {
            throw refusal();
        }
        return caller;
    }

    /**
     * What to throw when the caller may not touch an object: to staff of another organisation it does not exist (404
     * on every page and endpoint, so ids of other organisations reveal nothing); everyone else is refused (403).
     */
    public RuntimeException refusal() {
        if (hasRole(Role.STAFF) && !hasRole(Role.ADMIN)) {
            return new NotFoundException("Not in the caller's organisation");
        }
        return new AccessDeniedException("Not allowed for this object");
    }
}
