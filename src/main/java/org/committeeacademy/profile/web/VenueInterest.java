package org.committeeacademy.profile.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.profile.application.InterestDesk;
import org.committeeacademy.profile.application.InterestRow;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Spreadsheet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A venue's interest list for staff (staff/interest.xhtml?venue=): how many wait, who, and as a spreadsheet. */
@Named
@ViewScoped
public class VenueInterest implements Serializable {

    @Inject
    InterestDesk desk;

    @Inject
    PageMessages messages;

    @Inject
    ProfileTimes times;

    private String venueParam;
    private long venueId;
    private List<InterestRow> rows = List.of();

    public void load() throws IOException {
        try {
            venueId = Long.parseLong(venueParam == null ? "" : venueParam.strip());
            rows = desk.atVenue(venueId);
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public long getConfirmed() {
        return rows.stream().filter(r -> r.confirmedAt() != null).count();
    }

    public StreamedContent getCsv() {
        Spreadsheet csv = new Spreadsheet();
        csv.row(List.of(
                messages.text("interest.name"),
                messages.text("interest.email"),
                messages.text("interest.language"),
                messages.text("interest.signedUp"),
                messages.text("interest.confirmed"),
                messages.text("interest.notified")));
        rows.forEach(r -> csv.row(List.of(
                r.name(),
                r.email(),
                r.language(),
                times.moment(r.signedUpAt()),
                times.moment(r.confirmedAt()),
                times.moment(r.lastNotifiedAt()))));
        byte[] bytes = csv.bytes();
        return DefaultStreamedContent.builder()
                .name("interest-list-" + venueId + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public List<InterestRow> getRows() {
        return rows;
    }

    public long getVenueId() {
        return venueId;
    }

    public String getVenueParam() {
        return venueParam;
    }

    public void setVenueParam(String venueParam) {
        this.venueParam = venueParam;
    }
}
