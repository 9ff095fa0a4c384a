package org.committeeacademy.enrolment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnrolmentStatusTest {

    private static Set<EnrolmentStatus> where(Predicate<EnrolmentStatus> rule) {
        return EnumSet.allOf(EnrolmentStatus.class).stream().filter(rule).collect(Collectors.toSet());
    }

    @Test
    void theSeatedAreTheConfirmedAndTheCompleted() {
        assertEquals(
                EnumSet.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED), where(EnrolmentStatus::isSeated));
    }

    @Test
    void anOfferHoldsASeatWithoutBeingSeated() {
        assertEquals(
                EnumSet.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.OFFERED, EnrolmentStatus.COMPLETED),
                where(EnrolmentStatus::holdsSeat));
    }

    @Test
    void theListsForQueriesFollowTheRules() {
        assertEquals(where(EnrolmentStatus::isSeated), Set.copyOf(EnrolmentStatus.seated()));
        assertEquals(where(EnrolmentStatus::holdsSeat), Set.copyOf(EnrolmentStatus.holdingSeat()));
    }
}
