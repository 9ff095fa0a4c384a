package org.committeeacademy.notification.domain;

import java.util.List;

public interface CohortMessageRepository {

    void add(CohortMessage message);

    /** Newest first. */
    List<CohortMessage> ofCohort(long cohortId);

    /** The messages addressed to this person, newest first. */
    List<CohortMessage> addressedTo(long accountId);
}
