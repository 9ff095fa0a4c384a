package org.committeeacademy.cohort.application;

import java.time.LocalDateTime;
import org.committeeacademy.shared.domain.LocalizedText;

/** A session as the trainer's and member's home pages list it. */
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
        long rosterSize) {

    public boolean isOn(java.time.LocalDate day) {
        return start.toLocalDate().equals(day);
    }
}
