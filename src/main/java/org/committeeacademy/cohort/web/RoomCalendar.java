package org.committeeacademy.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.venue.application.VenueAdministration;
import org.committeeacademy.venue.domain.Venue;
import org.primefaces.model.ScheduleModel;

/**
 * The room calendar (staff/calendar.xhtml?venue=&amp;week=): all sessions in the venue's rooms as a schedule, and the
 * week's sessions as a plain list for screen readers, keyboards and phones.
 */
@Named
@ViewScoped
public class RoomCalendar implements Serializable {

    @Inject
    VenueAdministration venues;

    @Inject
    CohortDirectory directory;

    @Inject
    LanguagePreference language;

    private Long venueId;
    private String venueName;
    private LocalDate week;
    private BookingSchedule schedule;
    private List<CalendarLine> weekLines = List.of();

    @PostConstruct
    void init() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        week = monday(context.getRequestParameterMap().get("week"));
        try {
            Venue venue = venues.venue(Long.parseLong(
                    String.valueOf(context.getRequestParameterMap().get("venue"))
                            .strip()));
            venueId = venue.id();
            venueName = venue.name();
        } catch (NumberFormatException | NotFoundException e) {
            return;
        }
        schedule = new BookingSchedule(directory, venueId, language.current(), context.getRequestContextPath());
        weekLines = directory
                .bookings(venueId, week.atStartOfDay(), week.plusWeeks(1).atStartOfDay())
                .stream()
                .map(b -> CalendarLine.of(b, language.current()))
                .toList();
    }

    /** The schedule shows and places its events in the academy's time, whatever zone the browser is in. */
    public String getTimeZone() {
        return AcademyTime.ZONE.getId();
    }

    private static LocalDate monday(String param) {
        LocalDate day = LocalDate.now(AcademyTime.ZONE);
        if (param != null) {
            try {
                day = LocalDate.parse(param.strip());
            } catch (DateTimeParseException ignored) {
                // an unreadable week shows this week
            }
        }
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public boolean isFound() {
        return venueId != null;
    }

    public Long getVenueId() {
        return venueId;
    }

    public String getVenueName() {
        return venueName;
    }

    public LocalDate getWeek() {
        return week;
    }

    /** The week's first and last day as people write dates in the page's language. */
    public String getWeekText() {
        LocalFormats formats = LocalFormats.of(language.current());
        return formats.date(week) + " – " + formats.date(week.plusDays(6));
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    public List<CalendarLine> getWeekLines() {
        return weekLines;
    }

    /** An unknown venue, or one of another organisation, answers 404 like every page with an id (a view action). */
    public void answerIfMissing() throws java.io.IOException {
        if (!isFound()) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }
}
