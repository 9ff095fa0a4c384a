package org.committeeacademy.calendar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.calendar.application.Calendars;
import org.committeeacademy.calendar.domain.CalendarEntry;
import org.committeeacademy.calendar.domain.CalendarFeed;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.web.PageMessages;

/**
 * "Mein Kalender": the coming dates as a list, the personal feed address to subscribe to, a download of the sessions,
 * and renewing the address.
 */
@Named
@RequestScoped
public class CalendarPage {

    @Inject
    Calendars calendars;

    @Inject
    PageMessages messages;

    static final int COMING_LIMIT = 50;

    private CalendarFeed feed;
    private List<CalendarEntry> coming;

    public String getFeedUrl() {
        return site() + "/api/v1/calendar-feeds/" + feed().token() + ".ics";
    }

    /** The same address for programs that follow the webcal scheme (Apple Calendar, Outlook) with one click. */
    public String getWebcalUrl() {
        return getFeedUrl().replaceFirst("^https?://", "webcal://");
    }

    public LocalDateTime getCreatedAt() {
        Instant created = feed().createdAt();
        return LocalDateTime.ofInstant(created, AcademyTime.ZONE);
    }

    /** The coming course sessions and council meetings, as a list on the page (the feed holds the same). */
    public List<CalendarEntry> getComing() {
        if (coming == null) {
            coming = calendars.myComingDates(site(), COMING_LIMIT);
        }
        return coming;
    }

    public void renew() {
        feed = calendars.renewMyFeed();
        messages.info("calendar.renewed");
    }

    private CalendarFeed feed() {
        if (feed == null) {
            feed = calendars.myFeed();
        }
        return feed;
    }

    /** ACADEMY_PUBLIC_URL when set (behind a proxy the request's own host is not the public one), else the request's. */
    private static String site() {
        return AcademySettings.current().publicUrl().orElseGet(CalendarPage::requestSite);
    }

    private static String requestSite() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return PublicAddress.of((HttpServletRequest) external.getRequest());
    }
}
