package org.committeeacademy.cohort.application;

import java.time.LocalDateTime;
import java.util.List;

/** A session as staff ask for it: module, time, a room or an online link, and trainers (none: the cohort's). */
public record SessionRequest(
        String moduleKey,
        LocalDateTime start,
        LocalDateTime end,
        Long roomId,
        String onlineLink,
        List<Long> trainerIds) {

    public SessionRequest {
        trainerIds = trainerIds == null ? List.of() : List.copyOf(trainerIds);
    }
}
