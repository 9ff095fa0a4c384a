package org.committeeacademy.goal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.committeeacademy.goal.domain.GoalRepository;

/**
 * The committee a member sits on, as they named it. Goal owns it because it decides whose goals are shared with whom;
 * the profile page shows and changes it through here.
 */
@ApplicationScoped
@Transactional
public class MemberCommittees {

    @Inject
    GoalRepository goals;

    public MemberCommittees() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public MemberCommittees(GoalRepository goals) {
        this.goals = goals;
    }

    public Optional<String> of(long accountId) {
        String committee = goals.committeeOf(accountId);
        return committee.isEmpty() ? Optional.empty() : Optional.of(committee);
    }

    /** A blank name leaves the committee. */
    public void change(long accountId, String committee) {
        goals.changeCommittee(accountId, committee);
    }
}
