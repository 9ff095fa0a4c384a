package org.committeeacademy.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.goal.domain.Checkpoint;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.project.domain.CheckInAnswers;
import org.committeeacademy.project.domain.Photo;
import org.committeeacademy.project.domain.Project;
import org.committeeacademy.project.domain.ProjectDetails;
import org.committeeacademy.project.domain.ProjectRole;
import org.committeeacademy.project.domain.ProjectStatus;
import org.committeeacademy.project.domain.Residence;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Running a project: its coordinators change the wording, status and people and record the check-ins; every
 * participant posts updates and says, if they like, whether they are new here. One use case, one transaction.
 */
@ApplicationScoped
@Transactional
public class ProjectWork {

    @Inject
    ProjectAccess access;

    @Inject
    ProjectViews views;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountRepository accounts;

    Clock clock = Clock.system(AcademyTime.ZONE);

    public ProjectView describe(long id, ProjectDetails details) {
        Project project = access.coordinated(id);
        project.describe(details);
        return view(project);
    }

    public ProjectView changeStatus(long id, ProjectStatus status) {
        Project project = access.coordinated(id);
        project.changeStatus(status, today());
        return view(project);
    }

    /** Adds the account with that e-mail address (or changes its role). */
    public ProjectView addParticipant(long id, String email, ProjectRole role) {
        Project project = access.coordinated(id);
        Account person = accounts.findByEmail(EmailAddress.normalize(email == null ? "" : email))
                .filter(a -> !a.isErased())
                .orElseThrow(() -> new ValidationException("email", "project.participant.unknown"));
        project.join(person.id(), role, clock.instant());
        return view(project);
    }

    /** A coordinator takes someone out; anyone may leave by themselves. */
    public ProjectView removeParticipant(long id, long accountId) {
        Project project = accountId == currentUser.require().id() ? access.joined(id) : access.coordinated(id);
        project.leave(accountId);
        return view(project);
    }

    /** A confirmed member of the project's committee joins it as Mitmachende. */
    public ProjectView joinMyself(long id) {
        Project project = access.visible(id);
        project.joinAsCommitteeMember(access.viewer(), clock.instant());
        return view(project);
    }

    public ProjectView describeMyself(long id, Residence residence) {
        Project project = access.joined(id);
        project.describeParticipant(currentUser.require().id(), residence);
        return view(project);
    }

    /** An update with up to three photos, each checked by {@link PhotoCheck} before. */
    public ProjectView post(long id, String text, List<Photo> photos) {
        Project project = access.joined(id);
        project.post(currentUser.require().id(), text, photos, clock.instant());
        return view(project);
    }

    public ProjectView checkIn(long id, int months, CheckInAnswers answers) {
        Project project = access.coordinated(id);
        Checkpoint checkpoint = Checkpoint.ofMonths(months)
                .orElseThrow(() -> new ValidationException("checkpoint", "goal.checkIn.checkpoint"));
        project.checkIn(currentUser.require().id(), checkpoint, answers, today(), clock.instant());
        return view(project);
    }

    private ProjectView view(Project project) {
        return views.of(project, currentUser.require().id(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
