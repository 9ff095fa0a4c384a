package org.committeeacademy.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.project.domain.ProjectRepository;
import org.committeeacademy.project.domain.ProjectRole;

/**
 * Which projects' coordinators owe a check-in, on the schedule goals use (3, 6 and 12 months, here after the project
 * started running); the notification feature reminds them, alongside the goals' reminders (no caller check: system
 * use).
 */
@ApplicationScoped
@Transactional
public class ProjectCheckIns {

    /** One coordinator of a project whose check-in at that many months is due. */
    public record Due(long projectId, String title, long accountId, int checkpointMonths) {}

    @Inject
    ProjectRepository projects;

    public List<Due> due(LocalDate today) {
        return projects.startedBy(today.minusMonths(3)).stream()
                .flatMap(p -> p.dueOn(today).stream().flatMap(c -> p.participants().stream()
                        .filter(x -> x.role() == ProjectRole.COORDINATION)
                        .map(x -> new Due(p.id(), p.details().title(), x.accountId(), c.months()))))
                .toList();
    }
}
