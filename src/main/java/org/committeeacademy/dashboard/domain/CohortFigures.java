package org.committeeacademy.dashboard.domain;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.committeeacademy.shared.domain.Language;

/**
 * One cohort's counts, no person in them. {@code present}, {@code absent} and {@code excused} count the attendance
 * records of held sessions (not called off, already begun); {@code confirmed} the members holding a confirmed or
 * completed place; {@code completed} those of them who completed; {@code ended}: the last session is over (or the
 * cohort is marked completed).
 */
public record CohortFigures(
        long cohortId,
        String title,
        long seriesId,
        String seriesDe,
        String seriesEn,
        long venueId,
        String venueName,
        LocalDateTime start,
        int capacity,
        int seatsTaken,
        int confirmed,
        int waiting,
        int present,
        int absent,
        int excused,
        int completed,
        int worksheets,
        int certificates,
        boolean ended)
        implements Serializable {

    public String series(Language language) {
        return language != Language.DE && seriesEn != null && !seriesEn.isBlank() ? seriesEn : seriesDe;
    }

    public int recorded() {
        return present + absent + excused;
    }

    public Double fillRate() {
        return Rates.fill(seatsTaken, capacity);
    }

    public Double noShowRate() {
        return Rates.noShow(absent, recorded());
    }

    public Double attendanceRate() {
        return Rates.attendance(present, recorded());
    }

    public Double completionRate() {
        return Rates.completion(completed, confirmed, ended);
    }
}
