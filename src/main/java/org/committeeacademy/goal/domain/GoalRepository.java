package org.committeeacademy.goal.domain;

import java.util.List;
import java.util.Optional;

public interface GoalRepository {

    Optional<Goal> find(long id);

    List<Goal> ofWorksheet(long worksheetId);

    /** The account's own goals and the goals shared by others who sit on the same committee. */
    List<Goal> visibleTo(long accountId, String committee);

    /** Every goal of a course that ended on or before that day: the candidates for due check-ins. */
    List<Goal> endedBy(java.time.LocalDate day);

    /** The committee an account sits on, as typed by its owner; empty if none. */
    String committeeOf(long accountId);

    /** A blank name leaves the committee. */
    void changeCommittee(long accountId, String committee);

    /** Display names of accounts, for the check-ins others recorded on a shared goal. */
    java.util.Map<Long, String> names(java.util.Collection<Long> accountIds);

    void add(Goal goal);

    void remove(Goal goal);
}
