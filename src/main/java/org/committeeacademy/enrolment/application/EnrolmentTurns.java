package org.committeeacademy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.persistence.Contention;
import org.committeeacademy.shared.persistence.GroupCommit;

/**
 * Enrolment requests take turns per cohort before they open a transaction (see {@link GroupCommit}): members who
 * enrol themselves are decided in groups of up to {@link #GROUP} in one transaction ({@link EnrolmentGroups}), staff
 * enrolling someone go alone between the groups; a race lost to another instance of a cluster is tried again inside
 * the server ({@link Contention}). Pages and the API enrol through here, so nobody waiting in a rush sees a lock
 * timeout.
 */
@ApplicationScoped
public class EnrolmentTurns {

    /** Longer than a rush of a few thousand takes on a busy machine; then "too many at once, please try again". */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    /** How many waiting requests one transaction decides at most. */
    static final int GROUP = 64;

    private final GroupCommit<EnrolmentGroups.Ask, EnrolmentGroups.Decided> turns = new GroupCommit<>(PATIENCE, GROUP);

    @Inject
    EnrolmentDesk desk;

    @Inject
    EnrolmentReplies replies;

    @Inject
    EnrolmentGroups groups;

    @Inject
    CurrentUser currentUser;

    /** The caller enrols themself (a page). */
    public Outcome enrol(long cohortId) {
        return inGroup(cohortId, false).outcome();
    }

    /** Staff enrol a member (a page). */
    public Outcome enrolMember(long cohortId, long memberId) {
        return alone(cohortId, () -> desk.enrolMember(cohortId, memberId));
    }

    /** The API: the member themself when {@code memberId} is empty, else staff for that member; with the answer. */
    public EnrolmentReplies.Replied reply(long cohortId, Long memberId) {
        if (memberId != null) {
            return alone(cohortId, () -> replies.enrol(cohortId, memberId));
        }
        EnrolmentGroups.Decided decided = inGroup(cohortId, true);
        return new EnrolmentReplies.Replied(decided.view(), decided.outcome().created());
    }

    /** Who asks is checked here, in the request's own thread; the group may be decided by another request's. */
    private EnrolmentGroups.Decided inGroup(long cohortId, boolean withView) {
        long member = currentUser.requireAnyRole(Role.MEMBER).id();
        return turns.submit(
                cohortId,
                new EnrolmentGroups.Ask(member, withView),
                (List<EnrolmentGroups.Ask> asks) -> Contention.retry(() -> groups.enrol(cohortId, asks)));
    }

    /** Whether requests of this instance are waiting for, or taking, a cohort's turn right now (a rush is on). */
    public boolean busy() {
        return turns.busyKeys() > 0;
    }

    private <T> T alone(long cohortId, Supplier<T> work) {
        return turns.alone(cohortId, () -> Contention.retry(work));
    }
}
