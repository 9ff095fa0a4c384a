package org.committeeacademy.cohort.web;

import java.time.LocalDateTime;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.shared.domain.Language;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

/** The sessions in a venue's rooms, loaded for the weeks or month the calendar shows; a click opens the cohort. */
public class BookingSchedule extends LazyScheduleModel {

    private final CohortDirectory directory;
    private final long venueId;
    private final Language language;
    private final String cohortPage;

    BookingSchedule(CohortDirectory directory, long venueId, Language language, String contextPath) {
        this.directory = directory;
        this.venueId = venueId;
        this.language = language;
        this.cohortPage = contextPath + "/staff/cohort.xhtml?id=";
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        directory.bookings(venueId, start, end).stream()
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
