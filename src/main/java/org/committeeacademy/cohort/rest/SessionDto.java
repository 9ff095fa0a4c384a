package org.committeeacademy.cohort.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.committeeacademy.cohort.application.CohortDetail;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.identity.domain.Account;

/** A session: {id, moduleKey, start, end, roomId, trainerIds}, plus room name, online link and cancelled. */
public record SessionDto(
        long id,
        long cohortId,
        String moduleKey,
        OffsetDateTime start,
        OffsetDateTime end,
        Long roomId,
        String room,
        String onlineLink,
        List<Long> trainerIds,
        boolean cancelled) {

    static SessionDto of(Session s) {
        return new SessionDto(
                s.id(),
                s.cohort().id(),
                s.module().key(),
                ApiTimes.out(s.start()),
                ApiTimes.out(s.end()),
                s.room() == null ? null : s.room().id(),
                s.room() == null ? null : s.room().name(),
                s.onlineLink(),
                s.trainers().stream().map(Account::id).toList(),
                s.isCancelled());
    }

    static SessionDto of(long cohortId, CohortDetail.SessionLine s) {
        return new SessionDto(
                s.id(),
                cohortId,
                s.moduleKey(),
                ApiTimes.out(s.start()),
                ApiTimes.out(s.end()),
                s.roomId(),
                s.roomName(),
                s.onlineLink(),
                s.trainers().stream().map(CohortDetail.Person::id).toList(),
                s.cancelled());
    }
}
