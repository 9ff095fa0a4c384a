package org.committeeacademy.goal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.committee.application.Memberships;
import org.committeeacademy.committee.application.MyCommittee;
import org.committeeacademy.council.application.CouncilCalendar;
import org.committeeacademy.council.application.PaperView;
import org.committeeacademy.goal.domain.Checkpoint;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.goal.domain.GoalCheckIn;
import org.committeeacademy.goal.domain.GoalRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.EditStamps;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A member's goals after the course, and the goals shared by the confirmed members of the same committee (the
 * committee feature says who they are). The owner and, while a goal is shared, the owner's committee colleagues check
 * in; only the owner shares or stops sharing.
 */
@ApplicationScoped
@Transactional
public class MyGoals {

    @Inject
    GoalRepository goals;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    EditStamps stamps;

    @Inject
    Memberships memberships;

    @Inject
    CouncilCalendar council;

    Clock clock = Clock.systemUTC();

    public List<GoalView> list() {
        Account me = currentUser.require();
        List<Goal> visible = goals.visibleTo(me.id(), memberships.colleaguesOf(me.id()));
        Set<Long> people = new HashSet<>();
        visible.forEach(g -> {
            people.add(g.ownerId());
            g.checkIns().forEach(c -> people.add(c.accountId()));
        });
        Map<Long, String> names = accounts.names(people);
        return visible.stream().map(g -> view(g, me.id(), names, paperOf(g))).toList();
    }

    /**
     * Links one's own goal to a paper of one's committee's council system (an imported one), or unlinks it with null.
     */
    public GoalView linkPaper(long goalId, String oparlId) {
        return linkPaper(goalId, oparlId, null);
    }

    /** Refused (StaleVersionException) when the goal was changed since the expected version. */
    public GoalView linkPaper(long goalId, String oparlId, Long expectedVersion) {
        Goal goal = visible(goalId);
        Account me = currentUser.require();
        if (goal.ownerId() != me.id()) {
            throw new AccessDeniedException("only the owner links a goal to a paper");
        }
        stamps.edit(goal.lastChange(), expectedVersion);
        if (oparlId != null && !oparlId.isBlank()) {
            long committee = memberships
                    .of(me.id())
                    .filter(MyCommittee::confirmed)
                    .map(MyCommittee::committeeId)
                    .orElseThrow(() -> new ValidationException("oparlId", "goal.paper.noCommittee"));
            council.paper(committee, oparlId.strip())
                    .orElseThrow(() -> new ValidationException("oparlId", "goal.paper.unknown"));
        }
        goal.linkPaper(oparlId);
        return list().stream().filter(v -> v.id() == goalId).findFirst().orElseThrow();
    }

    /** Imported papers of one's confirmed committee's council system whose name or reference contains the text. */
    public List<PaperView> searchPapers(String text) {
        return memberships
                .mine()
                .filter(MyCommittee::confirmed)
                .map(c -> council.searchPapers(c.committeeId(), text))
                .orElse(List.of());
    }

    private PaperView paperOf(Goal goal) {
        if (goal.paperOparlId() == null) {
            return null;
        }
        return memberships
                .of(goal.ownerId())
                .filter(MyCommittee::confirmed)
                .flatMap(c -> council.paper(c.committeeId(), goal.paperOparlId()))
                .orElse(null);
    }

    public void share(long goalId, boolean shared, Long expectedVersion) {
        Goal goal = visible(goalId);
        if (goal.ownerId() != currentUser.require().id()) {
            throw new AccessDeniedException("only the owner shares a goal");
        }
        stamps.edit(goal.lastChange(), expectedVersion);
        goal.share(shared);
    }

    public GoalView checkIn(long goalId, int months, int attainment, String note) {
        goals.lockForCheckIn(goalId);
        Goal goal = visible(goalId);
        Checkpoint checkpoint = Checkpoint.ofMonths(months)
                .orElseThrow(() -> new ValidationException("checkpoint", "goal.checkIn.checkpoint"));
        Account me = currentUser.require();
        goal.checkIn(me.id(), checkpoint, attainment, note, clock.instant());
        return list().stream().filter(v -> v.id() == goalId).findFirst().orElseThrow();
    }

    private Goal visible(long goalId) {
        Account me = currentUser.require();
        return goals.visibleTo(me.id(), memberships.colleaguesOf(me.id())).stream()
                .filter(g -> g.id() == goalId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("goal " + goalId));
    }

    private static GoalView view(Goal g, long me, Map<Long, String> names, PaperView paper) {
        List<GoalView.Checkpoint> checkpoints = Arrays.stream(Checkpoint.values())
                .map(c -> new GoalView.Checkpoint(c.months(), c.dueOn(g.courseEnd()), g.hasCheckIn(me, c)))
                .toList();
        List<GoalView.CheckInLine> checkIns = g.checkIns().stream()
                .map((GoalCheckIn c) -> new GoalView.CheckInLine(
                        names.getOrDefault(c.accountId(), ""),
                        c.checkpoint().months(),
                        c.attainment(),
                        c.note(),
                        c.recordedAt()))
                .toList();
        return new GoalView(
                g.id(),
                g.worksheetId(),
                g.cohortTitle(),
                names.getOrDefault(g.ownerId(), ""),
                g.ownerId() == me,
                g.isShared(),
                g.what(),
                g.indicator(),
                g.baseline(),
                g.target(),
                g.deadline(),
                g.responsible(),
                g.resources(),
                g.courseEnd(),
                checkpoints,
                checkIns,
                paper,
                g.lastChange().version());
    }
}
