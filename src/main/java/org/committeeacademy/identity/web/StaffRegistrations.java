package org.committeeacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.identity.application.RegistrationRow;
import org.committeeacademy.identity.application.Registrations;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.web.PageMessages;

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
        try {
            registrations.approve(row.id());
            messages.info("registrations.approved", row.email());
        } catch (ConflictException e) {
            messages.error(null, e.messageKey());
        } catch (NotFoundException e) {
            messages.error(null, "registrations.gone");
        }
        rows = registrations.pending();
    }

    public void startDecline(RegistrationRow row) {
        declining = row;
        reason = null;
    }

    public void decline() {
        try {
            registrations.decline(declining.id(), reason);
            messages.info("registrations.declined", declining.email());
            declining = null;
        } catch (ValidationException e) {
            messages.errors(e, "declineForm:");
        } catch (NotFoundException e) {
            messages.error(null, "registrations.gone");
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
