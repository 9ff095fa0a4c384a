package org.committeeacademy.enrolment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.enrolment.application.EnrolmentQueries;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.enrolment.application.RosterView;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * A cohort's roster for staff and the cohort's trainers (team/roster.xhtml): seats, the seated, the requests, the
 * waiting list in order and who left, each with their history. Staff's actions are in {@link RosterActions} and
 * {@link RosterMoveUp}, the downloads in {@link RosterDownloads}.
 */
@Named
@ViewScoped
public class RosterPage implements Serializable {

    @Inject
    EnrolmentQueries queries;

    @Inject
    CohortDirectory cohortDirectory;

    @Inject
    PageMessages messages;

    private long id;
    private String idParam;
    private boolean staff;
    private transient RosterView roster;

    /** Runs once the id is set from the address; an unknown id, or a cohort the trainer does not teach, answers 404. */
    public void load() throws IOException {
        try {
            id = Long.parseLong(idParam == null ? "" : idParam.strip());
            reload();
            staff = cohortDirectory.isManagedByCaller(id);
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    void reload() {
        roster = queries.roster(id);
    }

    /**
     * Runs a staff change and reloads the roster. A refused field is shown beside its input and keeps the dialog open;
     * anything else refused, or a busy moment, becomes a message on the page, never an error page.
     */
    void run(Runnable change, String successKey, String formPrefix, Object... arguments) {
        Refusals refusals = Refusals.fieldsAt(formPrefix)
                .gone("roster.gone")
                .denied("roster.staffOnly")
                .retryingWhenBusy();
        if (messages.attempt(change, refusals)) {
            if (successKey != null) {
                messages.info(successKey, arguments);
            }
        } else if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        reload();
    }

    public RosterView getRoster() {
        if (roster == null) {
            reload();
        }
        return roster;
    }

    /** Since when the person stands where they stand. */
    public LocalDateTime since(EnrolmentView enrolment) {
        return RosterTimes.since(enrolment);
    }

    public LocalDateTime local(Instant instant) {
        return RosterTimes.local(instant);
    }

    public int getFillPercent() {
        RosterView r = getRoster();
        return r.capacity() == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * r.seatsTaken() / r.capacity()));
    }

    /** Staff (and admins) act on the roster; the cohort's trainers only read it. */
    public boolean isStaff() {
        return staff;
    }

    public long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }
}
