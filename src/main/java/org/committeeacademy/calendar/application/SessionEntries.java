package org.committeeacademy.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.committeeacademy.calendar.domain.CalendarEntry;
import org.committeeacademy.cohort.application.JoinTimes;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.venue.domain.Venue;

/**
 * Sessions as calendar entries, in the reader's language: what, where (room and address, and for an online or hybrid
 * session our join page), who.
 */
@ApplicationScoped
public class SessionEntries {

    @Inject
    Messages messages;

    public List<CalendarEntry> of(List<Session> sessions, Language language, String baseUrl) {
        return sessions.stream().map(s -> of(s, language, baseUrl)).toList();
    }

    public CalendarEntry of(Session session, Language language, String baseUrl) {
        String summary =
                session.cohort().title() + ": " + session.module().title().in(language);
        if (session.isCalledOff()) {
            summary = messages.text(language, "calendar.cancelledPrefix") + " " + summary;
        }
        return new CalendarEntry(
                CalendarEntry.uidOf(session.id()),
                session.calendarSequence(),
                instant(session.start()),
                instant(session.end()),
                summary,
                location(session, joinUrl(session, baseUrl)),
                description(session, language, joinUrl(session, baseUrl)),
                baseUrl == null
                        ? null
                        : baseUrl + "/cohort.xhtml?id=" + session.cohort().id(),
                session.isCalledOff());
    }

    /**
     * Our join page for an online or hybrid session, never the room's own link: a calendar travels (shared feeds,
     * forwarded mails), and the page lets only confirmed members and trainers in. Null without an address to link to.
     */
    private static String joinUrl(Session session, String baseUrl) {
        if (!session.hasOnlineRoom()) {
            return null;
        }
        String base = baseUrl != null
                ? baseUrl
                : AcademySettings.current().publicUrl().orElse(null);
        return base == null ? null : base + JoinTimes.joinPath(session.id());
    }

    private static String location(Session session, String joinUrl) {
        if (session.isOnline()) {
            return joinUrl == null ? "online" : joinUrl;
        }
        Venue venue = session.room().venue();
        return session.room().name() + ", " + venue.name() + ", " + venue.address();
    }

    private String description(Session session, Language language, String joinUrl) {
        List<String> lines = new ArrayList<>();
        lines.add(session.module().title().in(language));
        if (!session.trainers().isEmpty()) {
            String names = session.trainers().stream().map(Account::name).collect(Collectors.joining(", "));
            lines.add(messages.text(language, "calendar.trainers", names));
        }
        if (session.hasOnlineRoom()) {
            lines.add(messages.text(language, "calendar.online", joinUrl == null ? "" : joinUrl));
        }
        if (!session.isOnline()) {
            lines.add(messages.text(
                    language, "calendar.contact", session.room().venue().contactLine()));
        }
        return String.join("\n", lines);
    }

    private static java.time.Instant instant(LocalDateTime venueTime) {
        return venueTime.atZone(AcademyTime.ZONE).toInstant();
    }
}
