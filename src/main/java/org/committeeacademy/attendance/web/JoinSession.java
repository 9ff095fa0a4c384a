package org.committeeacademy.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.committeeacademy.attendance.application.JoinOutcome;
import org.committeeacademy.attendance.application.OnlineJoins;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.i18n.LocalFormats;

/**
 * /account/join.xhtml?session=: the "Teilnehmen" button and the reminder mails lead here. While the room is open the
 * page records the press and redirects to the online room; before or after it says when the room opens or that the
 * session is over. An unknown session, or one the caller may not join, answers 404.
 */
@Named
@RequestScoped
public class JoinSession {

    @Inject
    OnlineJoins joins;

    private String session;
    private JoinOutcome outcome;

    public void open() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        try {
            outcome = joins.join(Long.parseLong(session == null ? "" : session.strip()));
        } catch (NotFoundException | NumberFormatException e) {
            context.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (outcome.isOpen()) {
            context.setResponseHeader("Cache-Control", "private, no-store");
            context.setResponseHeader("Referrer-Policy", "no-referrer");
            context.redirect(outcome.link());
        }
    }

    /** When the room opens, in the page's language, e.g. "05.12.2026, 09:45". */
    public String getOpensAt() {
        return outcome == null
                ? ""
                : LocalFormats.of(Language.of(
                                FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                        .dateTime(outcome.opensAt());
    }

    public JoinOutcome getOutcome() {
        return outcome;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }
}
