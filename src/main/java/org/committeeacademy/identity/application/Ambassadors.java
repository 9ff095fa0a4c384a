package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Ambassador;
import org.committeeacademy.identity.domain.AmbassadorRepository;
import org.committeeacademy.identity.domain.Referral;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/** Members who bring people from their community, their personal links, and who came through whom. */
@ApplicationScoped
@Transactional
public class Ambassadors {

    @Inject
    AmbassadorRepository ambassadors;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    ProjectDirectory projects;

    @Inject
    Event<ReferredIntoProject> referredIntoProject;

    Clock clock = Clock.systemUTC();

    /** Staff make a member an ambassador, or end it (the people who came through them stay counted). */
    public void appoint(long accountId, boolean ambassador) {
        Account actor = currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Account member = accounts.find(accountId)
                .filter(a -> !a.isErased())
                .orElseThrow(() -> new NotFoundException("account " + accountId));
        currentUser.requireManaging(member.organisationId());
        if (!member.hasRole(Role.MEMBER)) {
            throw new ValidationException("member", "ambassadors.membersOnly");
        }
        Optional<Ambassador> current = ambassadors.find(accountId);
        if (ambassador == current.isPresent()) {
            return;
        }
        if (ambassador) {
            ambassadors.add(new Ambassador(accountId, clock.instant()));
        } else {
            ambassadors.remove(current.get());
        }
        audit.recordOnCommit(
                AuditAction.AMBASSADOR_CHANGED,
                actor.id(),
                "ACCOUNT",
                String.valueOf(accountId),
                ambassador ? "– → ambassador" : "ambassador → –");
    }

    /** The caller's own code, if they are an ambassador. */
    @Transactional
    public Optional<String> myCode() {
        return currentUser.account().flatMap(a -> ambassadors.find(a.id())).map(Ambassador::code);
    }

    /** A new code: links shared before lead nowhere any more. */
    public String renewMyCode() {
        Ambassador ambassador = ambassadors
                .find(currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("not an ambassador"));
        ambassador.renewCode();
        return ambassador.code();
    }

    /** The ambassador a code from a link stands for; empty for anything else. */
    @Transactional
    public Optional<Long> byCode(String code) {
        return Ambassador.looksLikeCode(code)
                ? ambassadors.findByCode(code).map(Ambassador::accountId)
                : Optional.empty();
    }

    /**
     * Called when an account opens that came through an ambassador (who may have been erased meanwhile); with a
     * project, the person joins it (the project feature observes {@link ReferredIntoProject} in this transaction).
     */
    void recordReferral(long accountId, long ambassadorId, Long projectId) {
        if (accounts.find(ambassadorId).filter(a -> !a.isErased()).isPresent()) {
            ambassadors.add(new Referral(accountId, ambassadorId, projectId, clock.instant()));
            if (projectId != null) {
                referredIntoProject.fire(new ReferredIntoProject(accountId, projectId));
            }
        }
    }

    /** The caller's links that also invite into one of their local projects. */
    @Transactional
    public List<ProjectDirectory.Choice> myProjects() {
        return currentUser
                .account()
                .filter(a -> ambassadors.find(a.id()).isPresent())
                .map(a -> projects.invitableBy(a.id()))
                .orElse(List.of());
    }

    @Transactional
    public List<AmbassadorOverview> overview() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        return ambassadorIds().stream()
                .map(id -> accounts.find(id)
                        .filter(a -> currentUser.manages(a.organisationId()))
                        .map(this::overviewOf))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Members who could be made ambassadors, for the staff's choice. */
    @Transactional
    public List<Account> candidates() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        return accounts.withRole(Role.MEMBER).stream()
                .filter(a -> currentUser.manages(a.organisationId()))
                .filter(a -> !a.isErased() && ambassadors.find(a.id()).isEmpty())
                .toList();
    }

    /** Current ambassadors and anyone people came through earlier. */
    private List<Long> ambassadorIds() {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        ambassadors.all().forEach(a -> ids.add(a.accountId()));
        ambassadors.referrals().forEach(r -> ids.add(r.ambassadorId()));
        return List.copyOf(ids);
    }

    private AmbassadorOverview overviewOf(Account ambassador) {
        List<Referral> referrals = ambassadors.referralsBy(ambassador.id());
        Map<Long, String> titles = projects.titles(referrals.stream()
                .map(Referral::projectId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<AmbassadorOverview.Person> people = referrals.stream()
                .map(r -> accounts.find(r.accountId())
                        .map(a -> new AmbassadorOverview.Person(
                                a.name(),
                                a.email(),
                                r.joinedAt(),
                                r.projectId() == null ? null : titles.get(r.projectId()))))
                .flatMap(Optional::stream)
                .toList();
        return new AmbassadorOverview(
                ambassador.id(),
                ambassador.name(),
                ambassador.email(),
                ambassadors.find(ambassador.id()).map(Ambassador::appointedAt).orElse(null),
                people);
    }
}
