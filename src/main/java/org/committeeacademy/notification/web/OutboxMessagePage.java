package org.committeeacademy.notification.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.committeeacademy.notification.application.OutboxMessageView;
import org.committeeacademy.notification.application.OutboxQueries;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * One mail of the outbox. The HTML version is shown in a sandboxed frame (no scripts, no forms, no links out of
 * it) from its text, and the page escapes that text like any other, so a mail's content can never act on the page.
 */
@Named
@ViewScoped
public class OutboxMessagePage implements Serializable {

    @Inject
    OutboxQueries queries;

    private String idParam;
    private OutboxMessageView mail;

    public void load() throws IOException {
        try {
            mail = queries.message(Long.parseLong(idParam == null ? "" : idParam.strip()));
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public OutboxMessageView getMail() {
        return mail;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }
}
