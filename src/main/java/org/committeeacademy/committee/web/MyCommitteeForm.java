package org.committeeacademy.committee.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.committeeacademy.committee.application.Memberships;
import org.committeeacademy.committee.application.MyCommittee;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * "My committee" on the goals and profile pages: the member picks a committee from the list; it stays requested until
 * staff confirm, and only a confirmed one shares goals.
 */
@Named
@ViewScoped
public class MyCommitteeForm implements Serializable {

    @Inject
    Memberships memberships;

    @Inject
    PageMessages messages;

    private MyCommittee current;
    private Long committeeId;

    @PostConstruct
    void init() {
        current = memberships.mine().orElse(null);
        committeeId = current == null ? null : current.committeeId();
    }

    public void request() {
        messages.result(() -> memberships.request(committeeId), Refusals.fieldsAt("committeeForm:"))
                .ifPresent(mine -> {
                    current = mine;
                    messages.info("myCommittee.requested", mine.name());
                });
    }

    public MyCommittee getCurrent() {
        return current;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }
}
