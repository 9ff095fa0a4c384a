package org.committeeacademy.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.goal.domain.Checkpoint;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.project.domain.Project;
import org.committeeacademy.project.domain.ProjectPhoto;
import org.committeeacademy.project.domain.ProjectRepository;
import org.committeeacademy.project.domain.ProjectViewer;

/** Turns projects into what one viewer is shown, with the names of the people and the committee. */
@ApplicationScoped
class ProjectViews {

    @Inject
    ProjectRepository projects;

    @Inject
    AccountRepository accounts;

    @Inject
    CommitteeRepository committees;

    @Inject
    ProjectAccess access;

    List<ProjectView> of(List<Project> list, long me, LocalDate today) {
        ProjectViewer viewer = access.viewer();
        Set<Long> people = new HashSet<>();
        list.forEach(p -> {
            p.participants().forEach(x -> people.add(x.accountId()));
            p.updates().stream().filter(u -> u.authorId() != null).forEach(u -> people.add(u.authorId()));
        });
        Map<Long, String> names = accounts.names(people);
        return list.stream().map(p -> view(p, me, viewer, today, names)).toList();
    }

    ProjectView of(Project project, long me, LocalDate today) {
        return of(List.of(project), me, today).get(0);
    }

    private ProjectView view(Project p, long me, ProjectViewer viewer, LocalDate today, Map<Long, String> names) {
        var d = p.details();
        List<ProjectView.Participant> participants = p.participants().stream()
                .map(x -> new ProjectView.Participant(
                        x.accountId(),
                        names.getOrDefault(x.accountId(), ""),
                        x.role(),
                        x.residence(),
                        x.accountId() == me))
                .toList();
        List<ProjectView.Update> updates = p.updates().stream()
                .map(u -> new ProjectView.Update(
                        u.id(),
                        u.authorId() == null ? "" : names.getOrDefault(u.authorId(), ""),
                        u.body(),
                        u.postedAt(),
                        u.photos().stream().map(ProjectPhoto::id).toList()))
                .toList();
        List<ProjectView.Checkpoint> checkpoints = p.startedOn() == null
                ? List.of()
                : Arrays.stream(Checkpoint.values())
                        .map(c -> new ProjectView.Checkpoint(
                                c.months(),
                                c.dueOn(p.startedOn()),
                                !today.isBefore(c.dueOn(p.startedOn())),
                                p.checkIn(c).isPresent()))
                        .toList();
        List<ProjectView.CheckIn> checkIns = p.checkIns().stream()
                .map(c -> new ProjectView.CheckIn(
                        c.checkpoint().months(),
                        c.answers().rating(),
                        c.answers().strangersTogether(),
                        c.answers().newcomersLed(),
                        c.answers().note(),
                        c.recordedAt()))
                .toList();
        return new ProjectView(
                p.id(),
                d.title(),
                d.place(),
                d.problem(),
                d.affected(),
                d.takingPart(),
                d.roles(),
                d.firstSteps(),
                d.success(),
                p.status(),
                p.startedOn(),
                p.committeeId(),
                committees.find(p.committeeId()).map(Committee::name).orElse(""),
                p.cohortId(),
                p.worksheetId(),
                p.createdAt(),
                p.isCoordinatedBy(me),
                p.participant(me).isPresent(),
                viewer.mayJoin(p),
                participants,
                updates,
                checkpoints,
                checkIns);
    }
}
