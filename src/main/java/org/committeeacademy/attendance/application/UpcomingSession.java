package org.committeeacademy.attendance.application;

import java.time.LocalDateTime;
import org.committeeacademy.shared.domain.LocalizedText;

/** A session of the member's cohort still to come, with their apology if they sent one. */
public record UpcomingSession(
        long sessionId, LocalizedText moduleTitle, LocalDateTime start, boolean apology, String apologyNote) {}
