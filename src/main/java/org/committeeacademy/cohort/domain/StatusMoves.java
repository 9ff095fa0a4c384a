package org.committeeacademy.cohort.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Where a cohort's status may move: draft → open → running → completed, open back to draft, and anything not finished
 * to cancelled.
 */
final class StatusMoves {

    private static final Map<CohortStatus, Set<CohortStatus>> NEXT = Map.of(
            CohortStatus.DRAFT, EnumSet.of(CohortStatus.OPEN, CohortStatus.CANCELLED),
            CohortStatus.OPEN, EnumSet.of(CohortStatus.DRAFT, CohortStatus.RUNNING, CohortStatus.CANCELLED),
            CohortStatus.RUNNING, EnumSet.of(CohortStatus.COMPLETED, CohortStatus.CANCELLED),
            CohortStatus.COMPLETED, EnumSet.noneOf(CohortStatus.class),
            CohortStatus.CANCELLED, EnumSet.noneOf(CohortStatus.class));

    private StatusMoves() {}

    /** @return the target, once it is known the status may move there */
    static CohortStatus require(CohortStatus from, CohortStatus to) {
        if (!NEXT.get(from).contains(to)) {
            throw new ValidationException("status", "cohort.status.transition");
        }
        return to;
    }
}
