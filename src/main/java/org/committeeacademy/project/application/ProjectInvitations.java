package org.committeeacademy.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.identity.application.ProjectDirectory;
import org.committeeacademy.identity.application.ReferredIntoProject;
import org.committeeacademy.project.domain.ProjectRepository;
import org.committeeacademy.project.domain.ProjectRole;
import org.committeeacademy.project.domain.ProjectStatus;

/**
 * Ambassadors meet projects: an ambassador's link may invite into a project they take part in (not one that is done),
 * and someone who comes through it joins the project as "Mitmachende" once their account opens.
 */
@ApplicationScoped
public class ProjectInvitations implements ProjectDirectory {

    @Inject
    ProjectRepository projects;

    Clock clock = Clock.systemUTC();

    @Override
    public List<Choice> invitableBy(long accountId) {
        return projects.candidates(accountId, null, Set.of(), null, false).stream()
                .filter(p -> p.participant(accountId).isPresent() && p.status() != ProjectStatus.DONE)
                .map(p -> new Choice(p.id(), p.details().title()))
                .toList();
    }

    @Override
    public Map<Long, String> titles(Collection<Long> projectIds) {
        Map<Long, String> titles = new HashMap<>();
        projectIds.forEach(id ->
                projects.find(id).ifPresent(p -> titles.put(id, p.details().title())));
        return titles;
    }

    /** In the transaction that opens the account; someone already in the project keeps their role. */
    void onReferred(@Observes ReferredIntoProject referred) {
        projects.find(referred.projectId())
                .filter(p -> p.participant(referred.accountId()).isEmpty())
                .ifPresent(p -> p.join(referred.accountId(), ProjectRole.PARTICIPANT, clock.instant()));
    }
}
