package org.committeeacademy.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.enrolment.application.EnrolmentQueries;
import org.committeeacademy.enrolment.application.EnrolmentView;

/**
 * "My courses" on the member's home page: the enrolments still running with what the member can do about each,
 * and, apart, the ones that ended.
 */
@Named
@ViewScoped
public class MyCourses implements Serializable {

    @Inject
    EnrolmentQueries queries;

    @Inject
    EnrolmentActions actions;

    private transient List<EnrolmentView> all;

    public List<EnrolmentView> getActive() {
        return all().stream().filter(EnrolmentView::isActive).toList();
    }

    public List<EnrolmentView> getEnded() {
        return all().stream().filter(e -> !e.isActive()).toList();
    }

    public void accept(EnrolmentView e) {
        if (actions.accept(e)) {
            all = null;
        }
    }

    public void declineOffer(EnrolmentView e) {
        if (actions.declineOffer(e)) {
            all = null;
        }
    }

    public void cancel(EnrolmentView e) {
        if (actions.cancel(e)) {
            all = null;
        }
    }

    private List<EnrolmentView> all() {
        if (all == null) {
            all = queries.myCourses();
        }
        return all;
    }
}
