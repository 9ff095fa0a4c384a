package org.committeeacademy.goal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.goal.domain.GoalRepository;

/** Which goal owners owe a check-in; the notification feature sends the reminders (no caller check: system use). */
@ApplicationScoped
@Transactional
public class GoalCheckIns {

    @Inject
    GoalRepository goals;

    /** Check-ins at 3, 6 or 12 months after the course that are due by today and not yet recorded by the owner. */
    public List<DueCheckIn> due(LocalDate today) {
        return goals.endedBy(today.minusMonths(3)).stream()
                .flatMap(goal ->
                        goal.dueFor(today).stream().map(c -> new DueCheckIn(goal.ownerId(), goal.id(), c.months())))
                .toList();
    }
}
