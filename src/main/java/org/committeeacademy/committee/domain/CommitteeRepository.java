package org.committeeacademy.committee.domain;

import java.util.List;
import java.util.Optional;

public interface CommitteeRepository {

    /** Ordered by municipality and name. */
    List<Committee> all();

    Optional<Committee> find(long id);

    Optional<Committee> findByName(String name);

    Committee add(Committee committee);

    Optional<CommitteeMembership> membershipOf(long accountId);

    /** Requests waiting for staff, oldest first. */
    List<CommitteeMembership> requested();

    /** The accounts whose membership of the committee is confirmed. */
    List<Long> confirmedMembers(long committeeId);

    void add(CommitteeMembership membership);

    void remove(CommitteeMembership membership);
}
