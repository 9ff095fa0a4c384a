package org.committeeacademy.cohort.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.cohort.application.CohortDetail;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.cohort.application.CohortPlanning;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.SessionText;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * One cohort for staff: seats, status, trainers and the record of schedule changes. The terms form and the sessions
 * have their own beans on this page ({@link CohortTerms}, {@link CohortSessions}).
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    @Inject
    CohortDirectory directory;

    @Inject
    CohortPlanning planning;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private long id;
    private String idParam;
    private transient CohortDetail detail;
    private PlanningChoices choices;
    private List<Long> trainerIds = new ArrayList<>();

    /** Runs once the id is set from the address; an unknown id answers 404. */
    public void load() throws IOException {
        try {
            id = parseId(idParam);
            reload();
            choices = PlanningChoices.load(directory, language.current());
            trainerIds = new ArrayList<>(
                    detail.trainers().stream().map(CohortDetail.Person::id).toList());
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    void reload() {
        detail = directory.detailToManage(id);
    }

    public void changeStatus(CohortStatus target) {
        run(() -> planning.changeStatus(id, target), "cohortPage.status.changed", null);
    }

    public void saveTrainers() {
        run(() -> planning.assignTrainers(id, trainerIds), "cohortPage.trainers.saved", "trainers:");
    }

    /** Runs a change, reloads what the page shows, and reports success (true) or what was refused. */
    public boolean run(Runnable change, String successKey, String formPrefix) {
        if (messages.attempt(change, Refusals.fieldsAt(formPrefix).keepingTheForm())) {
            reload();
            messages.info(successKey);
            return true;
        }
        return false;
    }

    public boolean can(String target) {
        CohortStatus status = getDetail().status();
        return switch (CohortStatus.valueOf(target)) {
            case DRAFT, RUNNING -> status == CohortStatus.OPEN;
            case OPEN -> status == CohortStatus.DRAFT;
            case COMPLETED -> status == CohortStatus.RUNNING;
            case CANCELLED -> status != CohortStatus.COMPLETED && status != CohortStatus.CANCELLED;
        };
    }

    /** Sessions can be added and moved until the cohort is completed or cancelled. */
    public boolean isChangeable() {
        return can(CohortStatus.CANCELLED.name());
    }

    public String getCancelWarning() {
        return messages.text(
                "cohortPage.cancel.confirm",
                getDetail().confirmed(),
                getDetail().waitlisted());
    }

    /** A change's details with its days and times as the reader writes them. */
    public String changeDetails(String details) {
        return SessionText.readable(details).in(LocalFormats.of(language.current()));
    }

    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, AcademyTime.ZONE);
    }

    public CohortDetail getDetail() {
        if (detail == null) {
            reload();
        }
        return detail;
    }

    private static long parseId(String value) {
        return Long.parseLong(value == null ? "" : value.strip());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public PlanningChoices getChoices() {
        return choices;
    }

    public List<Long> getTrainerIds() {
        return trainerIds;
    }

    public void setTrainerIds(List<Long> trainerIds) {
        this.trainerIds = trainerIds;
    }
}
