package org.committeeacademy.council.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A council or committee meeting as members see it; motionDeadline is the last day for motions where a deadline is
 * configured (null otherwise), organ says whose meeting it is (COMMITTEE or COUNCIL).
 */
@JsonbNillable
public record MeetingView(
        long id,
        String name,
        OffsetDateTime start,
        OffsetDateTime end,
        String location,
        boolean cancelled,
        String oparlId,
        String organ,
        LocalDate motionDeadline) {}
