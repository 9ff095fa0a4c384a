package org.committeeacademy.cohort.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.cohort.domain.CohortFormat;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;

/**
 * Everything a cohort page shows: terms, place, people, seats, sessions, and (for staff) schedule changes; managed says
 * whether the caller manages the cohort (an admin, or staff of its organisation); version is its edit version (ETag).
 */
public record CohortDetail(
        long id,
        long seriesId,
        LocalizedText seriesTitle,
        String title,
        CohortStatus status,
        CohortFormat format,
        Language language,
        BigDecimal fee,
        int capacity,
        long confirmed,
        long waitlisted,
        LocalDate enrolmentOpens,
        LocalDate enrolmentCloses,
        LocalDate cancellationDeadline,
        boolean approvalRequired,
        boolean openForEnrolment,
        String notes,
        VenueInfo venue,
        List<Person> trainers,
        List<SessionLine> sessions,
        List<ChangeLine> changes,
        boolean managed,
        Long organisationId,
        long version) {

    public long freeSeats() {
        return Math.max(0, capacity - confirmed);
    }

    public int fillPercent() {
        return capacity == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * confirmed / capacity));
    }

    public List<SessionLine> activeSessions() {
        return sessions.stream().filter(s -> !s.cancelled()).toList();
    }

    public record VenueInfo(
            long id,
            String name,
            String address,
            String publicTransport,
            String openingNotes,
            boolean stepFreeAccess,
            boolean accessibleToilet,
            boolean hearingLoop,
            String accessibilityNotes) {}

    public record Person(long id, String name) {}

    public record SessionLine(
            long id,
            String moduleKey,
            LocalizedText moduleTitle,
            LocalDateTime start,
            LocalDateTime end,
            Long roomId,
            String roomName,
            Integer roomSeats,
            /** Only for staff who manage the cohort; everyone else joins through our server. */
            String onlineLink,
            boolean hasOnlineRoom,
            /** The caller may press "Teilnehmen" now: a confirmed member or trainer, within the join window. */
            boolean joinable,
            List<Person> trainers,
            boolean cancelled) {

        /** No room: online only. */
        public boolean online() {
            return roomId == null;
        }

        /** A room and an online room. */
        public boolean hybrid() {
            return roomId != null && hasOnlineRoom;
        }
    }

    public record ChangeLine(String kind, String details, int peopleAffected, Instant occurredAt) {}
}
