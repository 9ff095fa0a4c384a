package org.committeeacademy.enrolment.web;

import static org.committeeacademy.enrolment.web.EnrolChoice.CLOSED;
import static org.committeeacademy.enrolment.web.EnrolChoice.ENROL;
import static org.committeeacademy.enrolment.web.EnrolChoice.ENROLLED;
import static org.committeeacademy.enrolment.web.EnrolChoice.JOIN_WAITLIST;
import static org.committeeacademy.enrolment.web.EnrolChoice.LOG_IN;
import static org.committeeacademy.enrolment.web.EnrolChoice.NOT_A_MEMBER;
import static org.committeeacademy.enrolment.web.EnrolChoice.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.junit.jupiter.api.Test;

class EnrolChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    /** A logged-in member, not enrolled, in an open cohort without approval. */
    private static EnrolChoice member(long freeSeats, long waiting) {
        return EnrolChoice.of(true, true, false, true, false, freeSeats, waiting);
    }

    @Test
    void aFreeSeatNobodyWaitsForIsBookedAtOnce() {
        assertEquals(ENROL, member(3, 0));
        assertEquals("enrolPanel.enrol", ENROL.buttonKey());
    }

    @Test
    void aFullCohortOrOneWithPeopleWaitingOffersTheWaitingList() {
        assertEquals(JOIN_WAITLIST, member(0, 0));
        assertEquals(JOIN_WAITLIST, member(1, 2), "nobody jumps the queue, so a free seat is not for a newcomer");
        assertEquals("enrolPanel.joinWaitlist", JOIN_WAITLIST.buttonKey());
    }

    @Test
    void approvalRequiredAsksForAPlaceWhateverTheSeats() {
        assertEquals(REQUEST, EnrolChoice.of(true, true, false, true, true, 5, 0));
        assertEquals(REQUEST, EnrolChoice.of(true, true, false, true, true, 0, 4));
        assertEquals("enrolPanel.request", REQUEST.buttonKey());
    }

    @Test
    void anEnrolledMemberSeesWhereTheyStandEvenWhenEnrolmentClosed() {
        assertEquals(ENROLLED, EnrolChoice.of(true, true, true, true, false, 3, 0));
        assertEquals(ENROLLED, EnrolChoice.of(true, true, true, false, false, 0, 0));
        assertFalse(ENROLLED.hasButton());
    }

    @Test
    void visitorsLogInFirstAndOthersThanMembersGetNoButton() {
        assertEquals(LOG_IN, EnrolChoice.of(false, false, false, true, false, 3, 0));
        assertEquals(NOT_A_MEMBER, EnrolChoice.of(true, false, false, true, false, 3, 0));
        assertFalse(LOG_IN.hasButton());
        assertFalse(NOT_A_MEMBER.hasButton());
    }

    @Test
    void aClosedCohortOffersNothingToAnybody() {
        assertEquals(CLOSED, EnrolChoice.of(false, false, false, false, false, 3, 0));
        assertEquals(CLOSED, EnrolChoice.of(true, true, false, false, false, 3, 0));
        assertEquals(CLOSED, EnrolChoice.of(true, false, false, false, false, 3, 0));
        assertTrue(ENROL.hasButton() && JOIN_WAITLIST.hasButton() && REQUEST.hasButton());
    }

    @Test
    void theReasonNamesTheStatusOrTheWindowsDay() {
        assertEquals(
                new EnrolChoice.ClosedReason("enrolPanel.closed.RUNNING", null),
                EnrolChoice.closedReason(CohortStatus.RUNNING, null, null, TODAY));
        assertEquals(
                new EnrolChoice.ClosedReason("enrolPanel.closed.notYet", TODAY.plusDays(1)),
                EnrolChoice.closedReason(CohortStatus.OPEN, TODAY.plusDays(1), TODAY.plusDays(9), TODAY));
        assertEquals(
                new EnrolChoice.ClosedReason("enrolPanel.closed.over", TODAY.minusDays(1)),
                EnrolChoice.closedReason(CohortStatus.OPEN, TODAY.minusDays(9), TODAY.minusDays(1), TODAY));
        assertEquals(
                "cohortPublic.enrolmentClosed",
                EnrolChoice.closedReason(CohortStatus.OPEN, TODAY, TODAY, TODAY).key(),
                "first and last day of the window belong to it");
    }
}
