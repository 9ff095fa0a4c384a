package org.committeeacademy.unit.domain;

import java.util.List;
import java.util.Optional;

public interface UnitAnswerRepository {

    Optional<UnitAnswer> find(long cohortId, long memberId, UnitQuestionRef question);

    List<UnitAnswer> ofMember(long cohortId, long memberId);

    List<UnitAnswer> ofCohort(long cohortId);

    /** All of a person's answers, in every cohort (for the export of their data). */
    List<UnitAnswer> ofAccount(long memberId);

    void add(UnitAnswer answer);

    void removeOfAccount(long memberId);
}
