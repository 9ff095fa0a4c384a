package org.committeeacademy.notification.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.notification.application.CohortMessaging;
import org.committeeacademy.notification.application.MessageView;
import org.committeeacademy.notification.domain.Audience;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * Writing to a group of a cohort in two steps: compose, then see how many people it goes to and confirm. Works
 * without scripts. Only the cohort's trainers and staff get the page; for anyone else the cohort does not exist.
 */
@Named
@ViewScoped
public class CohortMessagesPage implements Serializable {

    private static final Refusals COMPOSE = Refusals.fieldsAt("compose:");

    @Inject
    CohortMessaging messaging;

    @Inject
    PageMessages messages;

    private String cohortParam;
    private long cohortId;
    private String title;
    private String audience = Audience.ALL_CONFIRMED.name();
    private Long sessionId;
    private transient List<Session> heldSessions;
    private String subject;
    private String text;
    private boolean previewing;
    private int recipientCount;

    public void load() throws IOException {
        try {
            cohortId = Long.parseLong(cohortParam == null ? "" : cohortParam.strip());
            title = messaging.title(cohortId);
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void preview() {
        Optional<Integer> count =
                messages.result(() -> messaging.recipientCount(cohortId, chosen(), chosenSession()), COMPOSE);
        if (count.isEmpty()) {
            return;
        }
        recipientCount = count.get();
        if (subject == null || subject.isBlank()) {
            messages.error("compose:subject", "cohortMessages.subject.required");
        } else if (text == null || text.isBlank()) {
            messages.error("compose:text", "cohortMessages.text.required");
        } else if (recipientCount == 0) {
            messages.error("compose:audience", "cohortMessages.noRecipients");
        } else {
            previewing = true;
        }
    }

    public void send() {
        messages.result(() -> messaging.write(cohortId, chosen(), chosenSession(), subject, text), COMPOSE)
                .ifPresent(sent -> {
                    messages.info("cohortMessages.sent", sent);
                    subject = null;
                    text = null;
                });
        previewing = false;
    }

    public void change() {
        previewing = false;
    }

    public List<MessageView> getHistory() {
        return messaging.history(cohortId);
    }

    /** Sessions that took place, for "those present at a session". */
    public List<Session> getHeldSessions() {
        if (heldSessions == null) {
            heldSessions = messaging.heldSessions(cohortId);
        }
        return heldSessions;
    }

    private Long chosenSession() {
        return chosen().needsSession() ? sessionId : null;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public List<String> getAudiences() {
        return Arrays.stream(Audience.values()).map(Enum::name).toList();
    }

    private Audience chosen() {
        return Arrays.stream(Audience.values())
                .filter(a -> a.name().equals(audience))
                .findFirst()
                .orElse(Audience.ALL_CONFIRMED);
    }

    public String getCohortParam() {
        return cohortParam;
    }

    public void setCohortParam(String cohortParam) {
        this.cohortParam = cohortParam;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getTitle() {
        return title;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isPreviewing() {
        return previewing;
    }

    public int getRecipientCount() {
        return recipientCount;
    }
}
