package org.committeeacademy.calendar.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Session;

public interface CalendarRepository {

    Optional<CalendarFeed> feedOf(long accountId);

    Optional<CalendarFeed> feedByToken(String token);

    void add(CalendarFeed feed);

    void deleteFeedOf(long accountId);

    /**
     * Sessions starting from {@code from} (cancelled ones too, so calendars can drop them) of the cohorts where the
     * account holds a seat (confirmed or completed) or teaches, and the sessions it teaches elsewhere.
     */
    List<Session> sessionsOf(long accountId, LocalDateTime from);
}
