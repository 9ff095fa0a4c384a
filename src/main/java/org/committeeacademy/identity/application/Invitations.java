package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Invitation;
import org.committeeacademy.identity.domain.InvitationCsv;
import org.committeeacademy.identity.domain.InvitationRepository;
import org.committeeacademy.identity.domain.InvitationStatus;
import org.committeeacademy.identity.domain.LinkUnusableException;
import org.committeeacademy.identity.domain.OneTimeToken;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.domain.TokenPurpose;
import org.committeeacademy.identity.domain.TokenRepository;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.Page;
import org.committeeacademy.shared.domain.ValidationException;

/** Staff invite people by mail; the person opens their account through the link, once, within 14 days. */
@ApplicationScoped
@Transactional
public class Invitations {

    private static final Set<Role> INVITED_BY_STAFF = EnumSet.of(Role.MEMBER);

    @Inject
    InvitationRepository invitations;

    @Inject
    TokenRepository tokens;

    @Inject
    AccountRepository accounts;

    @Inject
    Ambassadors ambassadors;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<AccountMailDue> mails;

    @Inject
    SiteAddress site;

    @Inject
    AuditLog audit;

    @Inject
    Event<InvitationAccepted> accepted;

    @Inject
    Instance<CommitteeDirectory> committees;

    Clock clock = Clock.systemUTC();

    public Invitation invite(NewInvitation request) {
        Account actor = currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        if (!currentUser.hasRole(Role.ADMIN) && !INVITED_BY_STAFF.contains(request.role())) {
            throw new AccessDeniedException("Only admins invite trainers and staff");
        }
        Invitation invitation = new Invitation(
                request.email(),
                request.name(),
                request.language(),
                request.role(),
                actor.id(),
                request.referredBy(),
                clock.instant());
        invitation.belongTo(actor.organisationId());
        if (request.committeeId() != null) {
            if (committees.isUnsatisfied() || !committees.get().exists(request.committeeId())) {
                throw new ValidationException("committeeId", "committee.unknown");
            }
            invitation.joinCommittee(request.committeeId());
        }
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new ConflictException("invitations.csv.hasAccount");
        }
        if (!invitations.openTo(invitation.email()).isEmpty()) {
            throw new ConflictException("invitations.alreadyOpen");
        }
        invitations.add(invitation);
        send(invitation, actor, "sent");
        return invitation;
    }

    /** The lines of an uploaded list, each checked, for the preview before anything is sent. */
    @Transactional
    public List<InvitationCsv.Line> preview(byte[] csv) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        return InvitationCsv.parse(
                csv,
                email -> accounts.findByEmail(email).isPresent()
                        || !invitations.openTo(email).isEmpty());
    }

    /** Invites every sendable line as a member; returns how many were sent. */
    public int inviteAll(List<InvitationCsv.Line> lines) {
        int sent = 0;
        for (InvitationCsv.Line line : lines) {
            if (line.isSendable()
                    && accounts.findByEmail(line.email()).isEmpty()
                    && invitations.openTo(line.email()).isEmpty()) {
                invite(new NewInvitation(line.name(), line.email(), line.language(), Role.MEMBER, null));
                sent++;
            }
        }
        return sent;
    }

    @Transactional
    public List<InvitationRow> list() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Optional<Long> scope = currentUser.staffScope();
        return invitations.all().stream()
                .filter(i -> scope.isEmpty() || scope.get().equals(i.organisationId()))
                .map(i -> InvitationRow.of(i, clock.instant()))
                .toList();
    }

    /** One page of the invitations {@link #list} answers whole, read and counted in the database. */
    @Transactional
    public Page<InvitationRow> page(int first, int size) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Long scope = currentUser.staffScope().orElse(null);
        List<InvitationRow> rows = invitations.page(scope, first, size).stream()
                .map(i -> InvitationRow.of(i, clock.instant()))
                .toList();
        return new Page<>(invitations.count(scope), rows);
    }

    /** A new link for 14 days; the old one is void. */
    public void resend(long id) {
        Account actor = currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Invitation invitation = managed(id);
        invitation.renew(clock.instant());
        send(invitation, actor, "resent");
    }

    public void withdraw(long id) {
        Account actor = currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Invitation invitation = managed(id);
        tokens.openFor(TokenPurpose.INVITATION, null, id).forEach(t -> t.revoke(clock.instant()));
        invitations.remove(invitation);
        audit.recordOnCommit(AuditAction.INVITATION_WITHDRAWN, actor.id(), "INVITATION", String.valueOf(id), null);
    }

    /** The invitation behind a link, for the page where the person sets their password. */
    @Transactional
    public Invitation open(String secret) {
        return usableInvitation(secret);
    }

    /** Opens the account the invitation was for; the link is used up. */
    public Account accept(String secret, String name, Language language, String password, String repeat) {
        Invitation invitation = usableInvitation(secret);
        String hash = ChosenPassword.hash(
                password, repeat, invitation.email(), name == null || name.isBlank() ? invitation.name() : name);
        OneTimeToken token = tokens.findByHash(OneTimeToken.hash(secret)).orElseThrow(LinkUnusableException::new);
        token.redeem(TokenPurpose.INVITATION, clock.instant());
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new LinkUnusableException();
        }
        Account account = accounts.add(new Account(
                invitation.email(),
                name == null || name.isBlank() ? invitation.name() : name,
                language == null ? invitation.language() : language,
                hash,
                EnumSet.of(invitation.role()),
                clock.instant()));
        account.belongTo(invitation.organisationId());
        invitation.accepted(account.id(), clock.instant());
        if (invitation.referredBy() != null) {
            ambassadors.recordReferral(account.id(), invitation.referredBy(), null);
        }
        accepted.fire(new InvitationAccepted(account.id(), invitation.committeeId()));
        audit.recordOnCommit(
                AuditAction.INVITATION_ACCEPTED,
                account.id(),
                "ACCOUNT",
                String.valueOf(account.id()),
                invitation.role().name());
        return account;
    }

    private Invitation usableInvitation(String secret) {
        OneTimeToken token = tokens.findByHash(OneTimeToken.hash(secret))
                .filter(t -> t.isUsable(TokenPurpose.INVITATION, clock.instant()))
                .orElseThrow(LinkUnusableException::new);
        return invitations
                .find(token.invitationId())
                .filter(i -> i.status(clock.instant()) == InvitationStatus.OPEN)
                .orElseThrow(LinkUnusableException::new);
    }

    /** The audit line names the invitation, not the address: invitations are deleted after a while, audit lines not. */
    private void send(Invitation invitation, Account actor, String detail) {
        tokens.openFor(TokenPurpose.INVITATION, null, invitation.id()).forEach(t -> t.revoke(clock.instant()));
        OneTimeToken.Issued issued = OneTimeToken.forInvitation(invitation.id(), clock.instant());
        tokens.add(issued.token());
        mails.fire(new AccountMailDue(
                AccountMailDue.Kind.INVITATION,
                null,
                invitation.email(),
                invitation.name(),
                invitation.language(),
                Map.of(
                        "link",
                        site.invitationLink(issued.secret()),
                        "days",
                        String.valueOf(TokenPurpose.INVITATION.validity().toDays()))));
        audit.recordOnCommit(
                AuditAction.INVITATION_SENT,
                actor.id(),
                "INVITATION",
                String.valueOf(invitation.id()),
                invitation.role().name() + ", " + detail);
    }

    /** An invitation of another organisation does not exist for staff. */
    private Invitation managed(long id) {
        Invitation invitation = invitations.find(id).orElseThrow(() -> new NotFoundException("invitation " + id));
        currentUser.requireManaging(invitation.organisationId());
        return invitation;
    }
}
