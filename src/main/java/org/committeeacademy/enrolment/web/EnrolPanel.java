package org.committeeacademy.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.committeeacademy.cohort.application.CohortCatalogue;
import org.committeeacademy.cohort.application.CohortDetail;
import org.committeeacademy.cohort.web.PublicCohortPage;
import org.committeeacademy.enrolment.application.EnrolmentQueries;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.web.PageMessages;

/**
 * The enrolment panel of the public cohort page: log in, enrol (or join the waiting list, or ask for a place), and
 * once enrolled, where the member stands and what they can still do.
 */
@Named
@RequestScoped
public class EnrolPanel {

    @Inject
    PublicCohortPage page;

    @Inject
    EnrolmentQueries queries;

    @Inject
    EnrolmentActions actions;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Optional<EnrolmentView> mine;

    public EnrolChoice getChoice() {
        CohortDetail c = cohort();
        return EnrolChoice.of(
                currentUser.account().isPresent(),
                currentUser.hasRole(Role.MEMBER),
                mine().isPresent(),
                c.openForEnrolment(),
                c.approvalRequired(),
                c.freeSeats(),
                c.waitlisted());
    }

    /** The caller's active enrolment in this cohort, or null. */
    public EnrolmentView getEnrolment() {
        return mine().orElse(null);
    }

    public void enrol() {
        actions.enrol(cohort().id(), cohort().title()).ifPresent(outcome -> changed());
    }

    public void accept(EnrolmentView e) {
        if (actions.accept(e)) {
            changed();
        }
    }

    public void declineOffer(EnrolmentView e) {
        if (actions.declineOffer(e)) {
            changed();
        }
    }

    public void cancel(EnrolmentView e) {
        if (actions.cancel(e)) {
            changed();
        }
    }

    public String getClosedReason() {
        CohortDetail c = cohort();
        EnrolChoice.ClosedReason reason =
                EnrolChoice.closedReason(c.status(), c.enrolmentOpens(), c.enrolmentCloses(), CohortCatalogue.today());
        return messages.text(reason.key(), actions.day(reason.day()));
    }

    /** The login page, coming back here afterwards. */
    public String getLoginLink() {
        return "/login.xhtml?next=" + URLEncoder.encode("/cohort.xhtml?id=" + cohort().id(), StandardCharsets.UTF_8);
    }

    /** Staff and the cohort's own trainers may open its roster. */
    public boolean isRosterVisible() {
        return cohort().managed()
                || currentUser
                        .account()
                        .map(me -> cohort().trainers().stream().anyMatch(t -> t.id() == me.id()))
                        .orElse(false);
    }

    private void changed() {
        mine = null;
        page.reload();
    }

    private Optional<EnrolmentView> mine() {
        if (mine == null) {
            mine = queries.mineIn(cohort().id());
        }
        return mine;
    }

    private CohortDetail cohort() {
        return page.getCohort();
    }
}
