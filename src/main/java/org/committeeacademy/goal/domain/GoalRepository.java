package org.committeeacademy.goal.domain;

import java.util.List;
import java.util.Optional;

public interface GoalRepository {

    Optional<Goal> find(long id);

    /**
     * Locks the goal's row until the transaction ends, read afresh: check-ins of colleagues on one shared goal then
     * follow one another and each counts its attainment on the goal (no lost or refused count update).
     */
    void lockForCheckIn(long id);

    List<Goal> ofWorksheet(long worksheetId);

    /** The account's own goals and the goals its committee colleagues share. */
    List<Goal> visibleTo(long accountId, java.util.Collection<Long> colleagues);

    /** Every goal of a course that ended on or before that day: the candidates for due check-ins. */
    List<Goal> endedBy(java.time.LocalDate day);

    void add(Goal goal);

    void remove(Goal goal);
}
