package org.committeeacademy.profile.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.committeeacademy.profile.application.InterestDesk;
import org.committeeacademy.profile.application.InterestRow;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.web.Downloads;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
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
    LanguagePreference language;

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
        return Downloads.csv(sheet(), language.getLocale());
    }

    public StreamedContent getXlsx() {
        return Downloads.xlsx(sheet());
    }

    Sheet sheet() {
        List<List<Object>> lines = rows.stream()
                .<List<Object>>map(r -> Arrays.asList(
                        r.name(),
                        r.email(),
                        r.language(),
                        times.moment(r.signedUpAt()),
                        times.moment(r.confirmedAt()),
                        times.moment(r.lastNotifiedAt())))
                .toList();
        return new Sheet(
                "interest-list-" + venueId,
                Stream.of(
                                "interest.name",
                                "interest.email",
                                "interest.language",
                                "interest.signedUp",
                                "interest.confirmed",
                                "interest.notified")
                        .map(messages::text)
                        .toList(),
                lines);
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
