package org.committeeacademy.goal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.goal.domain.GoalRepository;
import org.committeeacademy.identity.application.EditStamps;
import org.committeeacademy.worksheet.domain.GoalAnswer;
import org.committeeacademy.worksheet.domain.WorksheetSubmitted;

/**
 * Keeps the goals in step with the submitted worksheet, in the submitting transaction: the n-th goal of the worksheet
 * stays the same goal (with its check-ins) when reworded; goals removed from the worksheet go.
 */
@ApplicationScoped
public class GoalSync {

    @Inject
    GoalRepository goals;

    @Inject
    EditStamps stamps;

    void onSubmitted(@Observes WorksheetSubmitted event) {
        List<Goal> existing = goals.ofWorksheet(event.worksheetId());
        List<GoalAnswer> answers = event.goals();
        for (int i = 0; i < answers.size(); i++) {
            int position = i;
            GoalAnswer answer = answers.get(i);
            existing.stream()
                    .filter(g -> g.position() == position)
                    .findFirst()
                    .ifPresentOrElse(
                            g -> {
                                stamps.edit(g.lastChange(), null);
                                g.update(answer);
                            },
                            () -> goals.add(new Goal(
                                    event.memberId(),
                                    event.worksheetId(),
                                    event.cohortId(),
                                    position,
                                    event.cohortTitle(),
                                    event.courseEnd(),
                                    answer)));
        }
        existing.stream().filter(g -> g.position() >= answers.size()).forEach(goals::remove);
    }
}
