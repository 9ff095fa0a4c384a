package org.committeeacademy.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.notification.application.CohortMessaging;
import org.committeeacademy.notification.application.MessageView;

/** The messages to a member's cohorts that were addressed to them, on their home page and on each cohort's page. */
@Named
@RequestScoped
public class MemberMessages {

    @Inject
    CohortMessaging messaging;

    private List<MessageView> mine;

    /** Those of one cohort, for its page. */
    public List<MessageView> in(long cohortId) {
        return getMine().stream().filter(m -> m.cohortId() == cohortId).toList();
    }

    public List<MessageView> getMine() {
        if (mine == null) {
            mine = messaging.mine();
        }
        return mine;
    }
}
