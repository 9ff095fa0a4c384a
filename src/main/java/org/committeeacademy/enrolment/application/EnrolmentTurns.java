package org.committeeacademy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.committeeacademy.shared.persistence.Contention;
import org.committeeacademy.shared.persistence.Turns;

/**
 * Enrolment requests take turns per cohort before they open a transaction (see {@link Turns}); a race lost to
 * another instance of a cluster is tried again inside the server ({@link Contention}). Pages and the API enrol
 * through here, so nobody waiting in a rush sees a lock timeout.
 */
@ApplicationScoped
public class EnrolmentTurns {

    /** Longer than a rush of a few thousand takes on a busy machine; then "too many at once, please try again". */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Turns turns = new Turns(PATIENCE);

    @Inject
    EnrolmentDesk desk;

    @Inject
    EnrolmentReplies replies;

    /** The caller enrols themself (a page). */
    public Outcome enrol(long cohortId) {
        return inTurn(cohortId, () -> desk.enrol(cohortId));
    }

    /** Staff enrol a member (a page). */
    public Outcome enrolMember(long cohortId, long memberId) {
        return inTurn(cohortId, () -> desk.enrolMember(cohortId, memberId));
    }

    /** The API: the member themself when {@code memberId} is empty, else staff for that member; with the answer. */
    public EnrolmentReplies.Replied reply(long cohortId, Long memberId) {
        return inTurn(cohortId, () -> replies.enrol(cohortId, memberId));
    }

    private <T> T inTurn(long cohortId, Supplier<T> work) {
        return turns.inTurn(cohortId, () -> Contention.retry(work));
    }
}
