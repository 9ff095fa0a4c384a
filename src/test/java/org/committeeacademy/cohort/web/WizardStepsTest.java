package org.committeeacademy.cohort.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.committeeacademy.cohort.web.WizardSteps.Place;
import org.committeeacademy.shared.domain.ValidationException.Violation;
import org.junit.jupiter.api.Test;

class WizardStepsTest {

    @Test
    void termsOfTheCohortGoBesideTheirInputOnTheFirstStep() {
        assertEquals(new Place(1, "capacity"), WizardSteps.of(new Violation("capacity", "cohort.capacity.range")));
        assertEquals(new Place(1, "venueId"), WizardSteps.of(new Violation("venueId", "validation.required")));
    }

    @Test
    void aRefusedSessionIsShownAboveTheScheduleTable() {
        assertEquals(new Place(2, null), WizardSteps.of(new Violation("roomId", "session.room.tooSmall")));
        assertEquals(new Place(2, null), WizardSteps.of(new Violation("end", "session.end.beforeStart")));
    }

    @Test
    void aSessionInsideTheEnrolmentWindowIsFixedByMovingTheWindow() {
        assertEquals(
                new Place(3, "enrolmentCloses"), WizardSteps.of(new Violation("start", "session.beforeWindowCloses")));
        assertEquals(
                new Place(3, "cancellationDeadline"),
                WizardSteps.of(new Violation("start", "session.beforeCancellationDeadline")));
        assertEquals(
                new Place(3, "enrolmentCloses"),
                WizardSteps.of(new Violation("enrolmentCloses", "cohort.window.order")));
    }
}
