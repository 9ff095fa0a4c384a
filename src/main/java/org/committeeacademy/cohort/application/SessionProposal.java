package org.committeeacademy.cohort.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The guided flow's first guess at a schedule: one session per module in the series' order, the first on
 * {@code firstDay}, each next one {@code everyDays} later, all at the same time and place. Staff then adjust single
 * sessions before anything is booked.
 */
public record SessionProposal(
        LocalDate firstDay, int everyDays, LocalTime start, LocalTime end, Long roomId, String onlineLink) {

    public static final int DEFAULT_EVERY_DAYS = 7;
    public static final LocalTime DEFAULT_START = LocalTime.of(10, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(16, 0);

    public SessionProposal {
        if (everyDays < 1) {
            throw new IllegalArgumentException("Sessions are at least one day apart: " + everyDays);
        }
    }

    public List<SessionRequest> forModules(List<String> moduleKeys) {
        List<SessionRequest> sessions = new ArrayList<>();
        LocalDate day = firstDay;
        for (String moduleKey : moduleKeys) {
            sessions.add(
                    new SessionRequest(moduleKey, day.atTime(start), day.atTime(end), roomId, onlineLink, List.of()));
            day = day.plusDays(everyDays);
        }
        return sessions;
    }

    /** Enrolment closes the day before the first session unless staff say otherwise. */
    public LocalDate defaultEnrolmentCloses() {
        return firstDay.minusDays(1);
    }
}
