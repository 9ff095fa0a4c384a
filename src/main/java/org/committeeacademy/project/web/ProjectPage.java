package org.committeeacademy.project.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.committeeacademy.project.application.ProjectView;
import org.committeeacademy.project.application.ProjectWork;
import org.committeeacademy.project.application.Projects;
import org.committeeacademy.project.domain.Answer;
import org.committeeacademy.project.domain.CheckInAnswers;
import org.committeeacademy.project.domain.ProjectRole;
import org.committeeacademy.project.domain.ProjectStatus;
import org.committeeacademy.project.domain.Residence;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/** One project: what it is about, its people and status, updates and the check-in when one is due. */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

    @Inject
    Projects projects;

    @Inject
    ProjectWork work;

    @Inject
    PageMessages messages;

    private String idParam;
    private long id;
    private transient ProjectView project;
    private String email;
    private ProjectRole role = ProjectRole.PARTICIPANT;
    private ProjectStatus status;
    private Residence residence;
    private Integer rating;
    private Answer strangersTogether;
    private Answer newcomersLed;
    private String note;

    /** An unknown project, or one the caller may not see, answers 404. */
    public void load() throws IOException {
        try {
            id = Long.parseLong(idParam == null ? "" : idParam.strip());
            show(projects.get(id));
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The project after a change made on this page. */
    void show(ProjectView view) {
        project = view;
        status = view.status();
        residence = view.participants().stream()
                .filter(ProjectView.Participant::me)
                .findFirst()
                .map(ProjectView.Participant::residence)
                .orElse(null);
    }

    public void changeStatus() {
        act(() -> work.changeStatus(id, status), "project.saved");
    }

    public void addParticipant() {
        if (act(() -> work.addParticipant(id, email, role), "project.saved")) {
            email = null;
        }
    }

    public void remove(long accountId) {
        act(() -> work.removeParticipant(id, accountId), "project.saved");
    }

    public void joinMyself() {
        act(() -> work.joinMyself(id), "project.joined");
    }

    public void describeMyself() {
        act(() -> work.describeMyself(id, residence), "project.saved");
    }

    public void checkIn(int months) {
        if (rating == null) {
            messages.error("project:rating", "validation.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        CheckInAnswers answers = new CheckInAnswers(rating, strangersTogether, newcomersLed, note);
        if (act(() -> work.checkIn(id, months, answers), "project.checkIn.saved")) {
            rating = null;
            note = null;
        }
    }

    private boolean act(Supplier<ProjectView> action, String doneKey) {
        Refusals refusals = Refusals.fieldsAt("project:").gone("project.gone").denied("project.gone");
        return messages.result(action, refusals)
                .map(view -> {
                    show(view);
                    messages.info(doneKey);
                    return true;
                })
                .orElse(false);
    }

    long id() {
        return id;
    }

    public ProjectView getProject() {
        if (project == null) {
            show(projects.get(id));
        }
        return project;
    }

    /** A day as the reader's language writes it. */
    public String day(LocalDate day) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return LocalFormats.of(Language.of(locale)).date(day);
    }

    /** A moment on the academy's clock (Europe/Berlin). */
    public LocalDateTime at(Instant moment) {
        return LocalDateTime.ofInstant(moment, AcademyTime.ZONE);
    }

    public List<ProjectStatus> getStatuses() {
        return List.of(ProjectStatus.values());
    }

    public List<ProjectRole> getRoles() {
        return List.of(ProjectRole.values());
    }

    public List<Residence> getResidences() {
        return List.of(Residence.values());
    }

    public List<Answer> getAnswers() {
        return List.of(Answer.values());
    }

    public List<Integer> getScale() {
        return List.of(2, 1, 0, -1, -2);
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ProjectRole getRole() {
        return role;
    }

    public void setRole(ProjectRole role) {
        this.role = role;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Residence getResidence() {
        return residence;
    }

    public void setResidence(Residence residence) {
        this.residence = residence;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public Answer getStrangersTogether() {
        return strangersTogether;
    }

    public void setStrangersTogether(Answer strangersTogether) {
        this.strangersTogether = strangersTogether;
    }

    public Answer getNewcomersLed() {
        return newcomersLed;
    }

    public void setNewcomersLed(Answer newcomersLed) {
        this.newcomersLed = newcomersLed;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
