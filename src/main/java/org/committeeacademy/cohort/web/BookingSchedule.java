package org.committeeacademy.cohort.web;

import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDateTime;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.shared.domain.Language;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

/**
 * The sessions in a venue's rooms, loaded for the weeks or month the calendar shows; a click opens the cohort. Kept in
 * the page's view state, which a cluster replicates: the directory is looked up again after the page moved.
 */
public class BookingSchedule extends LazyScheduleModel {

    private transient CohortDirectory directory;
    private final long venueId;
    private final Language language;
    private final String cohortPage;

    BookingSchedule(CohortDirectory directory, long venueId, Language language, String contextPath) {
        this.directory = directory;
        this.venueId = venueId;
        this.language = language;
        this.cohortPage = contextPath + "/staff/cohort.xhtml?id=";
    }

    private CohortDirectory directory() {
        if (directory == null) {
            directory = CDI.current().select(CohortDirectory.class).get();
        }
        return directory;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        directory().bookings(venueId, start, end).stream()
                .map(b -> CalendarLine.of(b, language))
                .forEach(line -> addEvent(DefaultScheduleEvent.builder()
                        .title(line.title())
                        .startDate(line.start())
                        .endDate(line.end())
                        .url(cohortPage + line.cohortId())
                        .editable(false)
                        .build()));
    }
}
