package org.committeeacademy.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.calendar.domain.CalendarEntry;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.shared.domain.Language;

/**
 * iCalendar attachments for mails: an invitation that adds (or, with a higher SEQUENCE, updates) a cohort's sessions
 * or one session in the recipient's calendar, and a cancellation that removes them, always with the session's
 * stable UID, so that calendar programs change their entry instead of adding a second one.
 */
@ApplicationScoped
public class Invitations {

    @Inject
    CohortRepository cohorts;

    @Inject
    SessionEntries entries;

    Clock clock = Clock.systemUTC();

    /** The session, or all the cohort's sessions still taking place; empty when there is none. */
    public Optional<String> request(long cohortId, Long sessionId, String email, String name, Language language) {
        List<CalendarEntry> list = sessions(cohortId, sessionId).stream()
                .filter(s -> sessionId != null || !s.isCalledOff())
                .map(s -> entries.of(s, language, null))
                .toList();
        return list.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        ICalendarFormat.message(false, list, Calendars.organizer(), email, name, clock.instant()));
    }

    /** Removes the session, or all the cohort's sessions, from the recipient's calendar. */
    public Optional<String> cancel(long cohortId, Long sessionId, String email, String name, Language language) {
        List<CalendarEntry> list = sessions(cohortId, sessionId).stream()
                .map(s -> entries.of(s, language, null))
                .toList();
        return list.isEmpty()
                ? Optional.empty()
                : Optional.of(ICalendarFormat.message(true, list, Calendars.organizer(), email, name, clock.instant()));
    }

    private List<Session> sessions(long cohortId, Long sessionId) {
        Optional<Cohort> cohort = cohorts.find(cohortId);
        return cohort.map(c -> c.sessions().stream()
                        .filter(s -> sessionId == null || s.id().equals(sessionId))
                        .sorted(Comparator.comparing(Session::start))
                        .toList())
                .orElse(List.of());
    }
}
