package org.committeeacademy.attendance.domain;

import java.time.Instant;
import java.util.Set;

/** Who pressed "Teilnehmen" for an online or hybrid session: the ground for proposing "present". */
public interface JoinRecords {

    /** Keeps the first press and updates the latest one. */
    void record(long sessionId, long memberId, Instant at);

    /** The members who pressed "Teilnehmen" for the session at least once. */
    Set<Long> membersJoined(long sessionId);
}
