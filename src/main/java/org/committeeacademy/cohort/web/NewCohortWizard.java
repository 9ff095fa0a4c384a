package org.committeeacademy.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.committeeacademy.cohort.application.CohortCatalogue;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.cohort.application.CohortPlanning;
import org.committeeacademy.cohort.application.NewCohort;
import org.committeeacademy.cohort.application.SessionProposal;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;

/**
 * The guided flow for a new cohort: (1) series, venue and terms, (2) one proposed session per module, each adjustable,
 * (3) enrolment window and initial status. Nothing is stored before the last step, and then all at once.
 */
@Named
@ViewScoped
public class NewCohortWizard implements Serializable {

    @Inject
    CohortDirectory directory;

    @Inject
    CohortPlanning planning;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private int step = WizardSteps.BASICS;
    private PlanningChoices choices;
    private Long seriesId;
    private Long venueId;
    private List<Long> trainerIds = new ArrayList<>();
    private final PlanForm plan = new PlanForm();
    private final SessionForm pattern = new SessionForm();
    private int everyDays = SessionProposal.DEFAULT_EVERY_DAYS;
    private List<SessionForm> sessions = new ArrayList<>();
    private CohortStatus status = CohortStatus.DRAFT;

    @PostConstruct
    void init() {
        choices = PlanningChoices.load(directory, language.current());
        seriesId = choices.series().isEmpty() ? null : choices.series().get(0).id();
        pattern.setStart(SessionProposal.DEFAULT_START);
        pattern.setEnd(SessionProposal.DEFAULT_END);
    }

    public void next() {
        if (step == WizardSteps.BASICS) {
            try {
                plan.toPlan().validate();
                step = WizardSteps.SCHEDULE;
            } catch (ValidationException e) {
                show(e);
            }
        } else if (sessions.isEmpty()) {
            messages.error(null, "wizard.propose.first");
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            fillWindowDefaults();
            step = WizardSteps.ENROLMENT;
        }
    }

    public void back() {
        step = Math.max(WizardSteps.BASICS, step - 1);
    }

    public void propose() {
        SessionProposal proposal = new SessionProposal(
                pattern.getDay(),
                everyDays,
                pattern.getStart(),
                pattern.getEnd(),
                plan.isRoomPossible() ? pattern.getRoomId() : null,
                plan.isOnlinePossible() ? pattern.getOnlineLink() : null);
        List<String> modules = choices.modulesOf(seriesId).stream()
                .map(PlanningChoices.ModuleOption::key)
                .toList();
        sessions = new ArrayList<>(
                proposal.forModules(modules).stream().map(SessionForm::of).toList());
        plan.setEnrolmentCloses(null);
        plan.setCancellationDeadline(null);
    }

    public String create() {
        try {
            Cohort cohort = planning.createWithSessions(
                    new NewCohort(seriesId, venueId, plan.toPlan(), trainerIds, status),
                    sessions.stream().map(SessionForm::toRequest).toList());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            messages.info("wizard.created", cohort.title());
            return "/staff/cohort?faces-redirect=true&id=" + cohort.id();
        } catch (ValidationException e) {
            show(e);
        } catch (ConflictException e) {
            step = WizardSteps.SCHEDULE;
            messages.error(null, e.messageKey(), e.arguments());
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    /** Goes back to the earliest step with a refused value and shows each message there. */
    private void show(ValidationException e) {
        List<WizardSteps.Place> places =
                e.violations().stream().map(WizardSteps::of).toList();
        step = places.stream().mapToInt(WizardSteps.Place::step).min().orElse(step);
        for (int i = 0; i < places.size(); i++) {
            WizardSteps.Place place = places.get(i);
            String clientId = place.step() == step && place.field() != null ? "wizard:" + place.field() : null;
            messages.error(clientId, e.violations().get(i).messageKey());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void fillWindowDefaults() {
        if (plan.getEnrolmentOpens() == null) {
            plan.setEnrolmentOpens(CohortCatalogue.today());
        }
        if (plan.getEnrolmentCloses() == null) {
            sessions.stream()
                    .map(SessionForm::getDay)
                    .filter(Objects::nonNull)
                    .min(LocalDate::compareTo)
                    .ifPresent(first -> plan.setEnrolmentCloses(first.minusDays(1)));
        }
        if (plan.getCancellationDeadline() == null) {
            plan.setCancellationDeadline(plan.getEnrolmentCloses());
        }
    }

    public String moduleTitle(String moduleKey) {
        return choices.moduleTitle(seriesId, moduleKey);
    }

    public List<PlanningChoices.RoomOption> getRooms() {
        return choices.roomsOf(venueId, plan.getCapacity());
    }

    public String getSeriesTitle() {
        return choices.series().stream()
                .filter(s -> Objects.equals(s.id(), seriesId))
                .map(PlanningChoices.SeriesOption::title)
                .findFirst()
                .orElse("");
    }

    public String getVenueName() {
        return choices.venues().stream()
                .filter(v -> Objects.equals(v.id(), venueId))
                .map(PlanningChoices.VenueOption::name)
                .findFirst()
                .orElse("");
    }

    public int getStep() {
        return step;
    }

    public PlanningChoices getChoices() {
        return choices;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public List<Long> getTrainerIds() {
        return trainerIds;
    }

    public void setTrainerIds(List<Long> trainerIds) {
        this.trainerIds = trainerIds;
    }

    public PlanForm getPlan() {
        return plan;
    }

    public SessionForm getPattern() {
        return pattern;
    }

    public int getEveryDays() {
        return everyDays;
    }

    public void setEveryDays(int everyDays) {
        this.everyDays = everyDays;
    }

    public List<SessionForm> getSessions() {
        return sessions;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public void setStatus(CohortStatus status) {
        this.status = status;
    }
}
