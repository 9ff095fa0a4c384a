package org.committeeacademy.cohort.application;

import java.time.LocalDateTime;
import org.committeeacademy.shared.domain.LocalizedText;

/** A session as the room calendar shows it. */
public record Booking(
        long sessionId,
        long cohortId,
        String cohortTitle,
        LocalizedText moduleTitle,
        long roomId,
        String roomName,
        LocalDateTime start,
        LocalDateTime end) {}
