package org.committeeacademy.committee.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.committee.domain.CommitteeMembership;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.InvitationAccepted;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Who sits on which committee: members ask to join one, staff confirm, decline or set it directly, an accepted
 * invitation confirms the committee staff named on it. Only confirmed members share goals (goal asks here).
 */
@ApplicationScoped
@Transactional
public class Memberships {

    @Inject
    CommitteeRepository committees;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    public Memberships() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public Memberships(CommitteeRepository committees, AccountRepository accounts, CurrentUser currentUser) {
        this.committees = committees;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    public Optional<MyCommittee> mine() {
        return of(currentUser.require().id());
    }

    public Optional<MyCommittee> of(long accountId) {
        return committees
                .membershipOf(accountId)
                .flatMap(m -> committees.find(m.committeeId()).map(c -> new MyCommittee(c.id(), c.name(), m.status())));
    }

    /** The signed-in member asks to join; the request waits for staff. */
    public MyCommittee request(Long committeeId) {
        long me = currentUser.require().id();
        Committee committee = existing(committeeId);
        Optional<CommitteeMembership> membership = committees.membershipOf(me);
        if (membership.isPresent()) {
            membership.get().request(committee.id(), clock.instant());
        } else {
            committees.add(CommitteeMembership.requested(me, committee.id(), clock.instant()));
        }
        return of(me).orElseThrow();
    }

    public List<MembershipRequest> requests() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        return committees.requested().stream()
                .filter(m -> accounts.find(m.accountId())
                        .filter(a -> currentUser.manages(a.organisationId()))
                        .isPresent())
                .map(m -> {
                    Account member = accounts.find(m.accountId()).orElseThrow();
                    Committee committee = committees.find(m.committeeId()).orElseThrow();
                    return new MembershipRequest(
                            member.id(),
                            member.name(),
                            member.email(),
                            committee.id(),
                            committee.name(),
                            m.changedAt());
                })
                .toList();
    }

    public void confirm(long accountId) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        CommitteeMembership membership = requestOf(accountId);
        membership.confirm(membership.committeeId(), clock.instant());
    }

    public void decline(long accountId) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        CommitteeMembership membership = requestOf(accountId);
        membership.checkDeclinable();
        committees.remove(membership);
    }

    /** Staff set a member's committee directly: confirmed at once, replacing any other. */
    public MyCommittee assign(long accountId, Long committeeId) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Account member = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        currentUser.requireManaging(member.organisationId());
        confirmMembership(accountId, existing(committeeId));
        return of(accountId).orElseThrow();
    }

    /** The same for the account with that e-mail address, as staff type it on the committees page. */
    public MyCommittee assign(String email, Long committeeId) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Account member = accounts.findByEmail(EmailAddress.normalize(email))
                .orElseThrow(() -> new ValidationException("email", "committee.member.unknown"));
        return assign(member.id(), committeeId);
    }

    /** In the transaction that opens the account, so the account and its membership come together. */
    void onInvitationAccepted(@Observes InvitationAccepted accepted) {
        if (accepted.committeeId() != null) {
            committees.find(accepted.committeeId()).ifPresent(c -> confirmMembership(accepted.accountId(), c));
        }
    }

    /** The accounts that share goals with this one: the other confirmed members of its confirmed committee. */
    public List<Long> colleaguesOf(long accountId) {
        return committees
                .membershipOf(accountId)
                .filter(CommitteeMembership::isConfirmed)
                .map(m -> committees.confirmedMembers(m.committeeId()).stream()
                        .filter(id -> id != accountId)
                        .toList())
                .orElse(List.of());
    }

    private void confirmMembership(long accountId, Committee committee) {
        committees
                .membershipOf(accountId)
                .ifPresentOrElse(
                        m -> m.confirm(committee.id(), clock.instant()),
                        () -> committees.add(
                                CommitteeMembership.confirmed(accountId, committee.id(), clock.instant())));
    }

    /** A request of another organisation's member does not exist for staff. */
    private CommitteeMembership requestOf(long accountId) {
        accounts.find(accountId).ifPresent(member -> currentUser.requireManaging(member.organisationId()));
        return committees
                .membershipOf(accountId)
                .orElseThrow(() -> new NotFoundException("no committee request of account " + accountId));
    }

    private Committee existing(Long committeeId) {
        if (committeeId == null) {
            throw new ValidationException("committeeId", "validation.required");
        }
        return committees
                .find(committeeId)
                .orElseThrow(() -> new ValidationException("committeeId", "committee.unknown"));
    }
}
