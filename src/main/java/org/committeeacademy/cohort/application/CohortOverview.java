package org.committeeacademy.cohort.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.shared.domain.LocalizedText;

/** One line of a cohort list: where, when, and how full. */
public record CohortOverview(
        long id,
        String title,
        LocalizedText seriesTitle,
        String venueName,
        String city,
        Long organisationId,
        CohortStatus status,
        int capacity,
        long confirmed,
        long waitlisted,
        LocalDateTime firstSession,
        LocalDateTime lastSession)
        implements Serializable {

    public long freeSeats() {
        return Math.max(0, capacity - confirmed);
    }

    /** Confirmed seats as a percentage of capacity, 0–100. */
    public int fillPercent() {
        return capacity == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * confirmed / capacity));
    }
}
