package org.committeeacademy.cohort.rest;

import java.util.List;
import org.committeeacademy.cohort.application.SessionRequest;

/** {@code POST /cohorts/{id}/sessions}, {@code PUT /sessions/{id}}: times ISO-8601, with offset or venue time. */
public record SessionRequestDto(
        String moduleKey, String start, String end, Long roomId, String onlineLink, List<Long> trainerIds) {

    SessionRequest request() {
        return new SessionRequest(
                moduleKey, ApiTimes.in(start, "start"), ApiTimes.in(end, "end"), roomId, onlineLink, trainerIds);
    }
}
