package org.committeeacademy.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.notification.application.CohortMessaging;
import org.committeeacademy.notification.application.MessageView;

/** The messages to a member's cohorts that were addressed to them, on their home page. */
@Named
@RequestScoped
public class MemberMessages {

    @Inject
    CohortMessaging messaging;

    private List<MessageView> mine;

    public List<MessageView> getMine() {
        if (mine == null) {
            mine = messaging.mine();
        }
        return mine;
    }
}
