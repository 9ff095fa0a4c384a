package org.committeeacademy.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.committee.application.Memberships;
import org.committeeacademy.committee.application.MyCommittee;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.project.domain.Photo;
import org.committeeacademy.project.domain.Project;
import org.committeeacademy.project.domain.ProjectDetails;
import org.committeeacademy.project.domain.ProjectOrigin;
import org.committeeacademy.project.domain.ProjectPhoto;
import org.committeeacademy.project.domain.ProjectRepository;
import org.committeeacademy.project.domain.ProjectRole;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.worksheet.application.WorksheetAccess;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetRepository;

/**
 * Seeing and starting projects: from scratch or from the project canvas of module 4. A member's project belongs to
 * their confirmed committee; a trainer starts one from a canvas of their cohort (the worksheet's member's committee,
 * the member coordinates with them) or names the committee.
 */
@ApplicationScoped
@Transactional
public class Projects {

    /** The module-4 worksheet that holds the project canvas. */
    public static final String CANVAS_TEMPLATE = "outreach-and-project";

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectViews views;

    @Inject
    CurrentUser currentUser;

    @Inject
    Memberships memberships;

    @Inject
    CommitteeRepository committees;

    @Inject
    CohortRepository cohorts;

    @Inject
    WorksheetAccess worksheets;

    @Inject
    WorksheetRepository worksheetRepository;

    Clock clock = Clock.system(AcademyTime.ZONE);

    public List<ProjectView> list() {
        return views.of(access.visible(), currentUser.require().id(), LocalDate.now(clock));
    }

    public ProjectView get(long id) {
        return views.of(access.visible(id), currentUser.require().id(), LocalDate.now(clock));
    }

    /** A photo of one of the project's updates, for those who see the project. */
    public Photo photo(long projectId, long photoId) {
        return access.visible(projectId)
                .photo(photoId)
                .map(ProjectPhoto::photo)
                .orElseThrow(() -> new NotFoundException("photo " + photoId));
    }

    /** The canvas of a module-4 worksheet the caller writes or reviews, as a project's first wording. */
    public ProjectDetails fromCanvas(long worksheetId) {
        return ProjectDetails.fromCanvas(canvas(worksheetId).answers());
    }

    /** A module-4 worksheet of the caller's own, to start a project from its canvas. */
    public record Canvas(long worksheetId, String cohortTitle) {}

    public List<Canvas> myCanvases() {
        return worksheetRepository.ofMember(currentUser.require().id()).stream()
                .filter(w -> w.templateKey().equals(CANVAS_TEMPLATE))
                .map(w -> new Canvas(
                        w.id(), cohorts.find(w.cohortId()).map(c -> c.title()).orElse("")))
                .toList();
    }

    /**
     * A new project, coordinated by the caller. {@code worksheetId} names the canvas it comes from (or null);
     * {@code committeeId} is needed only from a trainer without a canvas, a member's own committee is used otherwise.
     */
    public ProjectView create(ProjectDetails details, Long worksheetId, Long committeeId) {
        Account me = currentUser.requireAnyRole(Role.MEMBER, Role.TRAINER);
        details.checked();
        Worksheet canvas = worksheetId == null ? null : canvas(worksheetId);
        long owner = canvas == null ? me.id() : canvas.memberId();
        long committee = confirmedCommittee(owner)
                .or(() -> Optional.ofNullable(committeeId).filter(c -> me.hasRole(Role.TRAINER)))
                .filter(c -> committees.find(c).isPresent())
                .orElseThrow(() -> new ValidationException("committeeId", "project.committee.required"));
        Long organisation = canvas != null
                ? cohorts.find(canvas.cohortId()).map(c -> c.organisationId()).orElse(null)
                : me.organisationId();
        ProjectOrigin origin = new ProjectOrigin(
                me.id(),
                committee,
                organisation,
                canvas == null ? null : canvas.cohortId(),
                canvas == null ? null : canvas.id());
        Project project = new Project(origin, details, clock.instant());
        if (owner != me.id()) {
            project.join(owner, ProjectRole.COORDINATION, clock.instant());
        }
        projects.add(project);
        return views.of(project, me.id(), LocalDate.now(clock));
    }

    private Optional<Long> confirmedCommittee(long accountId) {
        return memberships.of(accountId).filter(MyCommittee::confirmed).map(MyCommittee::committeeId);
    }

    private Worksheet canvas(long worksheetId) {
        WorksheetAccess.Granted granted = worksheets.readable(worksheetId);
        if (granted.as() == WorksheetAccess.Viewer.STATUS_ONLY) {
            throw new NotFoundException("worksheet " + worksheetId);
        }
        if (!granted.worksheet().templateKey().equals(CANVAS_TEMPLATE)) {
            throw new ValidationException("worksheetId", "project.canvas.notCanvas");
        }
        return granted.worksheet();
    }
}
