package org.committeeacademy.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.cohort.application.CohortFilter;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.web.Downloads;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.primefaces.model.StreamedContent;

/** Staff's list of cohorts: filter by series, venue, status and period (kept in the address), page, export. */
@Named
@ViewScoped
public class CohortListPage implements Serializable {

    @Inject
    CohortDirectory directory;

    @Inject
    LanguagePreference language;

    @Inject
    PageMessages messages;

    private Long seriesId;
    private Long venueId;
    private CohortStatus status;
    private LocalDate from;
    private LocalDate to;
    private PlanningChoices choices;
    private List<CohortOverview> cohorts;

    /** Runs after the view parameters are set, on the first request of the view. */
    public void load() {
        choices = PlanningChoices.load(directory, language.current());
        cohorts = directory.cohortsForStaff(new CohortFilter(seriesId, venueId, status, from, to));
    }

    /** Filters by reloading the page with the filters in the address, so a filtered list can be shared. */
    public String filter() {
        return "/staff/cohorts?faces-redirect=true&includeViewParams=true";
    }

    public StreamedContent getCsv() {
        return Downloads.csv(sheet(), language.getLocale());
    }

    public StreamedContent getXlsx() {
        return Downloads.xlsx(sheet());
    }

    private Sheet sheet() {
        return CohortSheet.of(cohorts, language.current(), messages::text);
    }

    public PlanningChoices getChoices() {
        return choices;
    }

    public List<CohortOverview> getCohorts() {
        return cohorts;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public void setStatus(CohortStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
