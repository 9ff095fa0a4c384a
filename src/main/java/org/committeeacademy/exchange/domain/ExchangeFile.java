package org.committeeacademy.exchange.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an export holds: cohorts, their sessions and (for staff of the cohorts' organisation) their participants. Texts
 * are in German, the language of the course administrations that import the file.
 */
public record ExchangeFile(List<CohortLine> cohorts, List<SessionLine> sessions, List<ParticipantLine> participants) {

    public ExchangeFile {
        cohorts = List.copyOf(cohorts);
        sessions = List.copyOf(sessions);
        participants = List.copyOf(participants);
    }

    /** One cohort; first and last day from the sessions that take place (null without one). */
    public record CohortLine(
            long id,
            String title,
            String series,
            String venue,
            String city,
            String status,
            String format,
            String language,
            LocalDate firstDay,
            LocalDate lastDay,
            int sessions,
            BigDecimal units,
            BigDecimal fee,
            int capacity,
            long seated,
            long waiting)
            implements Serializable {}

    public record SessionLine(
            long cohortId,
            long sessionId,
            LocalDateTime start,
            LocalDateTime end,
            BigDecimal units,
            String module,
            String place,
            boolean cancelled) {}

    /** A confirmed participant (position 0) or one on the waiting list (position 1, 2, …). */
    public record ParticipantLine(
            String name,
            String email,
            String language,
            int waitingPosition,
            LocalDate since,
            long cohortId,
            String cohortTitle) {

        public boolean isWaiting() {
            return waitingPosition > 0;
        }
    }
}
