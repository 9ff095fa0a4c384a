package org.committeeacademy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.LongFunction;
import org.committeeacademy.cohort.domain.MoveUp;
import org.committeeacademy.enrolment.domain.Enrolment;

/**
 * A change at the desk and the view that answers it, in one transaction: the answer is read under the locks the
 * change took, so it neither waits behind other requests nor can it disagree with what was saved. The API's use
 * cases; pages re-read their view after the change instead.
 */
@ApplicationScoped
@Transactional
public class EnrolmentReplies {

    @Inject
    EnrolmentDesk desk;

    @Inject
    EnrolmentQueries queries;

    /** The member themself when {@code memberId} is empty, else staff for that member. */
    public Replied enrol(long cohortId, Long memberId) {
        Outcome outcome = memberId == null ? desk.enrol(cohortId) : desk.enrolMember(cohortId, memberId);
        return new Replied(queries.answer(outcome), outcome.created());
    }

    /** {@code change} is one of the desk's methods on an enrolment: cancel, accept, decline, approve, move. */
    public EnrolmentView change(long enrolmentId, LongFunction<Enrolment> change) {
        return queries.enrolment(change.apply(enrolmentId).id());
    }

    public RosterView changeMoveUp(long cohortId, MoveUp mode, int offerHours) {
        desk.changeMoveUp(cohortId, mode, offerHours);
        return queries.roster(cohortId);
    }

    public record Replied(EnrolmentView enrolment, boolean created) {}
}
