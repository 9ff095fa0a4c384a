package org.committeeacademy.dashboard.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.dashboard.application.Dashboard;
import org.committeeacademy.dashboard.application.DashboardView;
import org.committeeacademy.dashboard.domain.DashboardFilter;
import org.committeeacademy.dashboard.export.DashboardTables;
import org.committeeacademy.dashboard.export.DashboardTables.Table;
import org.committeeacademy.dashboard.export.SurveyTable;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.web.Downloads;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.primefaces.model.StreamedContent;

/**
 * The staff dashboard: filters kept in the address (series, venue, period; the current year unless chosen), the
 * figures of the matching cohorts as tiles, charts and tables, and each table as CSV or XLSX with the columns picked.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    public record Option(long id, String label) implements Serializable {}

    @Inject
    Dashboard dashboard;

    @Inject
    CohortDirectory directory;

    @Inject
    LanguagePreference language;

    @Inject
    PageMessages messages;

    private Long seriesId;
    private Long venueId;
    private Long organisationId;
    private List<Option> organisations;
    private LocalDate from;
    private LocalDate to;
    private List<Option> series;
    private List<Option> venues;
    private DashboardView view;
    /** Per table, the column ids picked for the export; an array, as the column chooser sets it through the map. */
    private final Map<String, String[]> picked = new HashMap<>();

    private int reportYear;

    public void load() {
        LocalDate today = LocalDate.now(Clock.system(AcademyTime.ZONE));
        from = from == null ? today.withDayOfYear(1) : from;
        to = to == null ? today.withMonth(12).withDayOfMonth(31) : to;
        series = directory.seriesChoices().stream()
                .map(s -> new Option(s.id(), s.title().in(language.current())))
                .toList();
        venues = directory.venueChoices().stream()
                .map(v -> new Option(v.id(), v.name()))
                .toList();
        organisations = dashboard.organisationChoices().entrySet().stream()
                .map(o -> new Option(o.getKey(), o.getValue()))
                .sorted(java.util.Comparator.comparing(Option::label))
                .toList();
        view = dashboard.view(new DashboardFilter(seriesId, venueId, from, to, organisationId));
        reportYear = from.getYear();
        for (Table table : Table.values()) {
            picked.put(table.name(), DashboardTables.columnIds(table).toArray(String[]::new));
        }
    }

    /** A period in the address that is no date (e.g. ?from=abc): say so and show the default period. */
    public void loadAfterInvalidParameters() {
        if (view == null) {
            messages.error(null, "dashboard.period.invalid");
            from = null;
            to = null;
            load();
        }
    }

    public String filter() {
        return "/staff/dashboard?faces-redirect=true&includeViewParams=true";
    }

    /** A quick choice of period: this year, last year or the last twelve months. */
    public String period(String choice) {
        LocalDate today = LocalDate.now(Clock.system(AcademyTime.ZONE));
        switch (choice) {
            case "lastYear" -> {
                from = today.minusYears(1).withDayOfYear(1);
                to = from.withMonth(12).withDayOfMonth(31);
            }
            case "twelveMonths" -> {
                from = today.minusMonths(12).plusDays(1);
                to = today;
            }
            default -> {
                from = today.withDayOfYear(1);
                to = today.withMonth(12).withDayOfMonth(31);
            }
        }
        return filter();
    }

    public DashboardCharts getCharts() {
        return new DashboardCharts(view, language.current(), messages::text);
    }

    public List<SurveyTable.Line> getSurveyLines() {
        return SurveyTable.of(view.surveys());
    }

    public List<String> columnIds(String table) {
        return DashboardTables.columnIds(Table.valueOf(table));
    }

    public StreamedContent download(String table, String format) {
        return Downloads.of(
                DashboardTables.sheet(
                        Table.valueOf(table),
                        view,
                        List.of(picked.getOrDefault(table, new String[0])),
                        language.current(),
                        messages::text),
                format,
                language.getLocale());
    }

    /** The funder's yearly report of all series and venues, as PDF. */
    public StreamedContent getReport() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        FunderReport.write(
                dashboard.view(DashboardFilter.year(reportYear)), reportYear, language.current(), messages::text, pdf);
        return Downloads.file(
                MessageFormat.format(messages.text("dashboard.report.fileName"), String.valueOf(reportYear)),
                "application/pdf",
                pdf.toByteArray());
    }

    public int getReportYear() {
        return reportYear;
    }

    public void setReportYear(int reportYear) {
        this.reportYear = reportYear;
    }

    public Map<String, String[]> getPicked() {
        return picked;
    }

    public DashboardView getView() {
        return view;
    }

    public List<Option> getSeries() {
        return series;
    }

    public List<Option> getVenues() {
        return venues;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    /** The organisations to narrow the figures to; empty for staff, who see their own organisation only. */
    public List<Option> getOrganisations() {
        return organisations;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
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
