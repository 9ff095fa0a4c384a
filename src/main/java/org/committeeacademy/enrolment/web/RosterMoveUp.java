package org.committeeacademy.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.committeeacademy.cohort.domain.MoveUp;
import org.committeeacademy.enrolment.application.EnrolmentDesk;

/**
 * Staff's rule on the roster page for seats that become free: who moves up, and how long an offer stays open. The
 * form shows the cohort's rule until staff change it.
 */
@Named
@ViewScoped
public class RosterMoveUp implements Serializable {

    @Inject
    RosterPage page;

    @Inject
    EnrolmentDesk desk;

    private MoveUp moveUp;
    private Integer offerHours;

    public void save() {
        page.run(
                () -> desk.changeMoveUp(page.getId(), moveUp, offerHours == null ? 0 : offerHours),
                "roster.moveUp.saved",
                "moveUpForm:");
    }

    public MoveUp getMoveUp() {
        return moveUp == null ? page.getRoster().moveUp() : moveUp;
    }

    public void setMoveUp(MoveUp moveUp) {
        this.moveUp = moveUp;
    }

    public Integer getOfferHours() {
        return offerHours == null ? Integer.valueOf(page.getRoster().offerHours()) : offerHours;
    }

    public void setOfferHours(Integer offerHours) {
        this.offerHours = offerHours;
    }

    public MoveUp[] getChoices() {
        return MoveUp.values();
    }
}
