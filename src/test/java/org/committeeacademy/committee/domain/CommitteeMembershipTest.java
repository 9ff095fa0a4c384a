package org.committeeacademy.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.committeeacademy.shared.domain.ConflictException;
import org.junit.jupiter.api.Test;

class CommitteeMembershipTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void aRequestSharesNothingUntilStaffConfirmIt() {
        CommitteeMembership m = CommitteeMembership.requested(7, 1, NOW);
        assertFalse(m.isConfirmed());
        assertEquals(MembershipStatus.REQUESTED, m.status());

        m.confirm(1, NOW.plusSeconds(60));

        assertTrue(m.isConfirmed());
        assertEquals(1, m.committeeId());
        assertEquals(NOW.plusSeconds(60), m.changedAt());
    }

    @Test
    void aWaitingRequestMayNameAnotherCommittee() {
        CommitteeMembership m = CommitteeMembership.requested(7, 1, NOW);
        m.request(2, NOW);
        assertEquals(2, m.committeeId());
        assertFalse(m.isConfirmed());
    }

    @Test
    void aConfirmedMembershipIsNotChangedByTheMemberNorDeclined() {
        CommitteeMembership m = CommitteeMembership.confirmed(7, 1, NOW);
        assertThrows(ConflictException.class, () -> m.request(2, NOW));
        assertThrows(ConflictException.class, m::checkDeclinable);
        assertEquals(1, m.committeeId());
        assertTrue(m.isConfirmed());
    }

    @Test
    void staffMoveAConfirmedMemberToAnotherCommittee() {
        CommitteeMembership m = CommitteeMembership.confirmed(7, 1, NOW);
        m.confirm(3, NOW);
        assertEquals(3, m.committeeId());
        assertTrue(m.isConfirmed());
    }
}
