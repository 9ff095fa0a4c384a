package org.committeeacademy.cohort.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CohortRepository {

    Optional<Cohort> find(long id);

    /**
     * The cohort for a page that shows all its sessions with their trainers: all the sessions' trainers read in one
     * statement, not one per session. Within the caller's transaction.
     */
    Optional<Cohort> findWithSessions(long id);

    /**
     * The cohort, fresh from the database, with its row locked until the transaction ends ({@code SELECT ... FOR
     * UPDATE}): changes to its seats wait here for each other.
     */
    Optional<Cohort> lock(long id);

    Cohort add(Cohort cohort);

    ScheduleChange add(ScheduleChange change);

    /** Writes pending changes now, so new sessions get their ids. */
    void flush();

    Optional<Session> findSession(long id);

    /**
     * The session, fresh from the database, with its row locked until the transaction ends: attendance changes of one
     * session then follow one another, each counting on the session ({@link Session#countAttendance}).
     */
    Optional<Session> lockSession(long id);

    /**
     * Sessions of cohorts not cancelled, themselves not cancelled, that overlap the time and use the room or one of
     * the trainers: the candidates for a clash.
     */
    List<Session> bookedAt(LocalDateTime start, LocalDateTime end, Long roomId, Collection<Long> trainerIds);

    /** Sessions from that time on (not cancelled, cohort not cancelled) in the room: why it cannot be deleted. */
    List<Session> upcomingInRoom(long roomId, LocalDateTime from);

    boolean roomEverUsed(long roomId);

    List<ScheduleChange> changes(long cohortId);

    /** The cohorts the account teaches, by title. */
    List<Cohort> taughtBy(long accountId);
}
