package org.committeeacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.identity.application.RegistrationRow;
import org.committeeacademy.identity.application.Registrations;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/** Staff approve or decline the registrations that came in from the catalogue. */
@Named
@ViewScoped
public class StaffRegistrations implements Serializable {

    @Inject
    Registrations registrations;

    @Inject
    PageMessages messages;

    private List<RegistrationRow> rows;
    private RegistrationRow declining;
    private String reason;

    @PostConstruct
    void init() {
        rows = registrations.pending();
    }

    public void approve(RegistrationRow row) {
        if (messages.attempt(
                () -> registrations.approve(row.id()), Refusals.onPage().gone("registrations.gone"))) {
            messages.info("registrations.approved", row.email());
        }
        rows = registrations.pending();
    }

    public void startDecline(RegistrationRow row) {
        declining = row;
        reason = null;
    }

    /** A refused reason keeps the dialog open; once declined, or gone meanwhile, there is nothing left to decline. */
    public void decline() {
        Refusals refusals = Refusals.fieldsAt("declineForm:").gone("registrations.gone");
        if (messages.attempt(() -> registrations.decline(declining.id(), reason), refusals)) {
            messages.info("registrations.declined", declining.email());
        }
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            declining = null;
        }
        rows = registrations.pending();
    }

    public List<RegistrationRow> getRows() {
        return rows;
    }

    public RegistrationRow getDeclining() {
        return declining;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
