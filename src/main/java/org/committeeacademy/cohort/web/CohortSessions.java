package org.committeeacademy.cohort.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.committeeacademy.cohort.application.CohortDetail.SessionLine;
import org.committeeacademy.cohort.application.CohortPlanning;
import org.committeeacademy.cohort.application.SessionProposal;

/** The sessions of the staff's cohort page: add one, move one (the same form, filled in), cancel one. */
@Named
@ViewScoped
public class CohortSessions implements Serializable {

    @Inject
    CohortPage page;

    @Inject
    CohortPlanning planning;

    private SessionForm form = blank();
    private Long moving;

    public void save() {
        if (moving == null) {
            page.run(() -> planning.schedule(page.getId(), form.toRequest()), "cohortPage.session.added", "session:");
        } else {
            page.run(() -> planning.reschedule(moving, form.toRequest()), "cohortPage.session.moved", "session:");
        }
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            startOver();
        }
    }

    public void move(SessionLine session) {
        moving = session.id();
        form = SessionForm.of(session);
    }

    public void startOver() {
        moving = null;
        form = blank();
    }

    public void cancel(SessionLine session) {
        page.run(() -> planning.cancelSession(session.id()), "cohortPage.session.cancelled", null);
        if (Long.valueOf(session.id()).equals(moving)) {
            startOver();
        }
    }

    private static SessionForm blank() {
        SessionForm blank = new SessionForm();
        blank.setStart(SessionProposal.DEFAULT_START);
        blank.setEnd(SessionProposal.DEFAULT_END);
        return blank;
    }

    public boolean isMoving() {
        return moving != null;
    }

    public SessionForm getForm() {
        return form;
    }
}
