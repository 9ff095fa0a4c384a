package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.InvitationRepository;
import org.committeeacademy.identity.domain.Registration;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * People ask for an account from the catalogue; staff approve or decline. The answer to the person is the same
 * whether their address has an account or not: an existing account's owner gets a mail instead.
 */
@ApplicationScoped
@Transactional
public class Registrations {

    public static final int MAX_REASON_LENGTH = 1000;

    @Inject
    InvitationRepository registrations;

    @Inject
    AccountRepository accounts;

    @Inject
    Ambassadors ambassadors;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<AccountMailDue> mails;

    @Inject
    RequestLimits limits;

    @Inject
    SiteAddress site;

    @Inject
    AuditLog audit;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    ProjectDirectory projects;

    Clock clock = Clock.systemUTC();

    public void register(NewRegistration request, String client) {
        ChosenPassword.check(request.password(), request.repeat(), request.email(), request.name());
        String email = EmailAddress.normalize(request.email());
        if (!EmailAddress.isValid(email)) {
            throw new ValidationException("email", "account.email.invalid");
        }
        if (!limits.allow("registration", email, client)) {
            return;
        }
        Optional<Long> ambassador = ambassadors.byCode(request.via());
        Long organisation = organisationFor(
                request.organisationId(),
                ambassador.flatMap(accounts::find).map(Account::organisationId).orElse(null));
        Registration registration = new Registration(
                email,
                request.name(),
                request.language(),
                ChosenPassword.hash(request.password(), request.repeat(), email, request.name()),
                request.message(),
                ambassador.orElse(null),
                clock.instant());
        registration.belongTo(organisation);
        if (ambassador.isPresent()
                && request.projectId() != null
                && projects.invitableBy(ambassador.get()).stream()
                        .anyMatch(p -> p.projectId() == request.projectId())) {
            registration.intoProject(request.projectId());
        }
        Optional<Account> existing = accounts.findByEmail(registration.email());
        if (existing.isPresent()) {
            if (!existing.get().isErased()) {
                mails.fire(AccountMailDue.to(
                        existing.get(), AccountMailDue.Kind.ACCOUNT_EXISTS, Map.of("link", site.resetRequestLink())));
            }
            return;
        }
        if (registrations.registrationOf(registration.email()).isEmpty()) {
            registrations.add(registration);
        }
    }

    @Transactional
    public List<RegistrationRow> pending() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Optional<Long> scope = currentUser.staffScope();
        return registrations.registrations().stream()
                .filter(r -> scope.isEmpty() || scope.get().equals(r.organisationId()))
                .map(r -> new RegistrationRow(
                        r.id(),
                        r.name(),
                        r.email(),
                        r.language().code(),
                        r.message(),
                        r.referredBy() == null
                                ? null
                                : accounts.find(r.referredBy())
                                        .map(Account::name)
                                        .orElse(null),
                        r.createdAt()))
                .toList();
    }

    /** The account opens with the password the person chose; they are told by mail. */
    public Account approve(long id) {
        Account actor = currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Registration registration = find(id);
        if (accounts.findByEmail(registration.email()).isPresent()) {
            throw new ConflictException("account.email.taken");
        }
        Account account = registration.toAccount(clock.instant());
        account.belongTo(registration.organisationId());
        accounts.add(account);
        if (registration.referredBy() != null) {
            ambassadors.recordReferral(account.id(), registration.referredBy(), registration.projectId());
        }
        registrations.remove(registration);
        mails.fire(AccountMailDue.to(
                account, AccountMailDue.Kind.REGISTRATION_APPROVED, Map.of("link", site.loginLink())));
        audit.recordOnCommit(
                AuditAction.REGISTRATION_APPROVED, actor.id(), "ACCOUNT", String.valueOf(account.id()), "MEMBER");
        return account;
    }

    /** The person is told why; what they entered is deleted. */
    public void decline(long id, String reason) {
        Account actor = currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > MAX_REASON_LENGTH) {
            throw new ValidationException("reason", "registrations.reason.required");
        }
        Registration registration = find(id);
        mails.fire(new AccountMailDue(
                AccountMailDue.Kind.REGISTRATION_DECLINED,
                null,
                registration.email(),
                registration.name(),
                registration.language(),
                Map.of("reason", why)));
        registrations.remove(registration);
        audit.recordOnCommit(AuditAction.REGISTRATION_DECLINED, actor.id(), "REGISTRATION", String.valueOf(id), null);
    }

    /** A request to another organisation does not exist for staff. */
    private Registration find(long id) {
        Registration registration =
                registrations.findRegistration(id).orElseThrow(() -> new NotFoundException("registration " + id));
        currentUser.requireManaging(registration.organisationId());
        return registration;
    }

    /**
     * The organisation chosen on the form (it must be active), else the ambassador's who sent the link, else the only
     * active one; with several and none of these the request waits for an administrator.
     */
    private Long organisationFor(Long chosen, Long ambassadorsOrganisation) {
        if (chosen != null) {
            if (!organisations.isActive(chosen)) {
                throw new ValidationException("organisationId", "organisation.unknown");
            }
            return chosen;
        }
        Map<Long, String> active = organisations.activeNames();
        if (ambassadorsOrganisation != null && active.containsKey(ambassadorsOrganisation)) {
            return ambassadorsOrganisation;
        }
        return active.size() == 1 ? active.keySet().iterator().next() : null;
    }

    /** Where a request to join may go: the active organisations by name. */
    public Map<Long, String> organisationChoices() {
        return organisations.activeNames();
    }
}
