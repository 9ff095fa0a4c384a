package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.AccountSearch;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.PasswordHasher;
import org.committeeacademy.identity.domain.PasswordPolicy;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.domain.RoleGrant;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/** Opening accounts, giving roles, and each person's language. */
@ApplicationScoped
@Transactional
public class AccountService {

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    AccountSessions sessions;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    jakarta.enterprise.inject.Instance<CommitteeDirectory> committees;

    public Account open(NewAccount request) {
        Account opener = currentUser.requireAnyRole(Role.ADMIN, Role.STAFF);
        requireMayGrant(request.roles());
        Long organisationId = organisationFor(opener, request.organisationId());
        PasswordPolicy.problem(request.password(), request.email(), request.name())
                .ifPresent(key -> {
                    throw new ValidationException("password", key);
                });
        String email = EmailAddress.normalize(request.email());
        Account account = new Account(
                email,
                request.name(),
                request.language(),
                hasher.hash(request.password().toCharArray()),
                request.roles(),
                Instant.now());
        if (accounts.findByEmail(email).isPresent()) {
            throw new ConflictException("account.email.taken");
        }
        account.belongTo(organisationId);
        Account added = accounts.add(account);
        audit.recordOnCommit(
                AuditAction.ROLES_CHANGED,
                currentUser.require().id(),
                "ACCOUNT",
                String.valueOf(added.id()),
                "– → " + roleNames(added.roles()));
        return added;
    }

    /** An admin chooses any active organisation, or none; staff open accounts in their own organisation only. */
    private Long organisationFor(Account opener, Long requested) {
        if (!opener.hasRole(Role.ADMIN)) {
            return opener.organisationId();
        }
        if (requested != null && !organisations.isActive(requested)) {
            throw new ValidationException("organisationId", "account.organisation.unknown");
        }
        return requested;
    }

    /** The organisations' names by id, for the accounts page. */
    @Transactional
    public Map<Long, String> organisationNames() {
        currentUser.requireAnyRole(Role.ADMIN, Role.STAFF);
        return organisations.names();
    }

    /** The roles the caller may give: every one for admins, member and trainer for staff, none otherwise. */
    public List<Role> grantableRoles() {
        Set<Role> mine = currentUser.account().map(Account::roles).orElse(Set.of());
        return java.util.Arrays.stream(Role.values())
                .filter(r -> RoleGrant.allowed(mine, Set.of(r)))
                .toList();
    }

    /** The account's confirmed committee by name, for the accounts page; empty without one. */
    @Transactional
    public Optional<String> committeeOf(long accountId) {
        currentUser.requireAnyRole(Role.ADMIN, Role.STAFF);
        return committees.isUnsatisfied() ? Optional.empty() : committees.get().confirmedCommitteeNameOf(accountId);
    }

    public boolean callerIsAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** One page of the accounts found; staff find only their own organisation's accounts. */
    @Transactional
    public List<Account> page(AccountSearch search, int first, int size) {
        return accounts.page(scoped(search), first, size);
    }

    @Transactional
    public long count(AccountSearch search) {
        return accounts.count(scoped(search));
    }

    private AccountSearch scoped(AccountSearch search) {
        currentUser.requireAnyRole(Role.ADMIN, Role.STAFF);
        return currentUser.staffScope().map(search::withinOrganisation).orElse(search);
    }

    /**
     * Member accounts by name: whom staff may enrol on someone's behalf. Read in a transaction of its own: the roster
     * asks while it renders, and without a transaction Payara's shared entity manager was once found closed between
     * the query and its clean-up under load (a failed roster update in CI).
     */
    public List<Account> members() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        return accounts.withRole(Role.MEMBER);
    }

    /**
     * Admins change anyone's roles; staff only between member and trainer, for accounts of their own organisation (an
     * account of another organisation does not exist for them). Takes effect at once: every request reads the roles.
     */
    public Account changeRoles(long accountId, Set<Role> roles) {
        Account admin = currentUser.requireAnyRole(Role.ADMIN, Role.STAFF);
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        if (!admin.hasRole(Role.ADMIN)) {
            currentUser.requireManaging(account.organisationId());
            if (!RoleGrant.allowed(admin.roles(), roles) || !RoleGrant.allowed(admin.roles(), account.roles())) {
                throw new ValidationException("roles", "account.roles.staffLimit");
            }
        }
        if (account.id().equals(admin.id()) && !roles.contains(Role.ADMIN)) {
            throw new ValidationException("roles", "account.roles.keepOwnAdmin");
        }
        String before = roleNames(account.roles());
        account.changeRoles(roles);
        String after = roleNames(account.roles());
        if (!before.equals(after)) {
            sessions.announce(account, account.id().equals(admin.id()));
            audit.recordOnCommit(
                    AuditAction.ROLES_CHANGED,
                    admin.id(),
                    "ACCOUNT",
                    String.valueOf(accountId),
                    before + " → " + after);
        }
        return account;
    }

    public void changeOwnLanguage(Language language, boolean plain) {
        currentUser.account().flatMap(a -> accounts.find(a.id())).ifPresent(a -> a.changeLanguage(language, plain));
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    private void requireMayGrant(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new ValidationException("roles", "account.roles.required");
        }
        if (!RoleGrant.allowed(currentUser.require().roles(), roles)) {
            throw new AccessDeniedException("Only admins grant staff, coordinator or admin");
        }
    }
}
