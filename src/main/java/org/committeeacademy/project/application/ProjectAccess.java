package org.committeeacademy.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.committee.application.Memberships;
import org.committeeacademy.committee.application.MyCommittee;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.project.domain.Project;
import org.committeeacademy.project.domain.ProjectRepository;
import org.committeeacademy.project.domain.ProjectViewer;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * Who sees which project ({@link ProjectViewer#sees}): to everyone else it does not exist (404, also for staff of
 * another organisation), so ids cannot be probed. Those who see it but do not coordinate it are refused changes (403).
 */
@ApplicationScoped
public class ProjectAccess {

    @Inject
    ProjectRepository projects;

    @Inject
    CohortRepository cohorts;

    @Inject
    Memberships memberships;

    @Inject
    CurrentUser currentUser;

    public ProjectViewer viewer() {
        Account me = currentUser.require();
        Optional<Long> committee =
                memberships.of(me.id()).filter(MyCommittee::confirmed).map(MyCommittee::committeeId);
        Set<Long> taught = me.hasRole(Role.TRAINER)
                ? cohorts.taughtBy(me.id()).stream().map(Cohort::id).collect(Collectors.toSet())
                : Set.of();
        return new ProjectViewer(me.id(), committee, taught, currentUser::manages);
    }

    /** The projects the caller sees, newest first; staff see their organisation's, admins every one. */
    public List<Project> visible() {
        ProjectViewer viewer = viewer();
        boolean admin = currentUser.hasRole(Role.ADMIN);
        Long organisation = currentUser.staffScope().orElse(null);
        return projects
                .candidates(
                        viewer.accountId(),
                        viewer.confirmedCommitteeId().orElse(null),
                        viewer.taughtCohorts(),
                        organisation,
                        admin)
                .stream()
                .filter(viewer::sees)
                .toList();
    }

    public Project visible(long id) {
        ProjectViewer viewer = viewer();
        return projects.find(id).filter(viewer::sees).orElseThrow(() -> new NotFoundException("project " + id));
    }

    public Project coordinated(long id) {
        Project project = visible(id);
        if (!project.isCoordinatedBy(currentUser.require().id())) {
            throw new AccessDeniedException("only the project's coordinators change it");
        }
        return project;
    }

    public Project joined(long id) {
        Project project = visible(id);
        if (project.participant(currentUser.require().id()).isEmpty()) {
            throw new AccessDeniedException("only the project's people post updates");
        }
        return project;
    }
}
