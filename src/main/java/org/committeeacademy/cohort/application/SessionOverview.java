package org.committeeacademy.cohort.application;

import java.time.LocalDateTime;
import org.committeeacademy.shared.domain.LocalizedText;

/** A session as the trainer's and member's home pages list it; no online link, only whether it has one. */
public record SessionOverview(
        long id,
        long cohortId,
        String cohortTitle,
        LocalizedText moduleTitle,
        LocalDateTime start,
        LocalDateTime end,
        String venueName,
        String address,
        String roomName,
        boolean hasOnlineRoom,
        long rosterSize) {

    /**
     * Whether its "Teilnehmen" button shows now: the lists hold only the trainer's or the confirmed member's own
     * sessions that take place, so the join window decides.
     */
    public boolean joinable() {
        return hasOnlineRoom && JoinTimes.window().isOpen(start, end, JoinTimes.now());
    }

    public boolean isOn(java.time.LocalDate day) {
        return start.toLocalDate().equals(day);
    }
}
