package org.committeeacademy.goal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.worksheet.domain.GoalAnswer;
import org.junit.jupiter.api.Test;

class GoalTest {

    private static final LocalDate COURSE_END = LocalDate.of(2027, 1, 15);
    private static final Instant NOW = Instant.parse("2027-05-01T10:00:00Z");

    private final Goal goal = new Goal(
            7,
            1,
            3,
            0,
            "Bonn – Sommerkurs",
            COURSE_END,
            new GoalAnswer("Zwei neue Sprachkurse", "Kurse", "3", "5", "2027-12-31", "Ayşe", "Rat"));

    @Test
    void checkInsFallDueAtThreeSixAndTwelveMonthsAfterTheCourse() {
        assertEquals(List.of(), goal.dueFor(LocalDate.of(2027, 4, 14)));
        assertEquals(List.of(Checkpoint.THREE_MONTHS), goal.dueFor(LocalDate.of(2027, 4, 15)));
        assertEquals(
                List.of(Checkpoint.THREE_MONTHS, Checkpoint.SIX_MONTHS, Checkpoint.TWELVE_MONTHS),
                goal.dueFor(LocalDate.of(2028, 1, 15)));

        goal.checkIn(7, Checkpoint.THREE_MONTHS, 1, "Ein Kurs mehr", NOW);
        assertEquals(List.of(Checkpoint.SIX_MONTHS), goal.dueFor(LocalDate.of(2027, 8, 1)));
    }

    @Test
    void theScaleRunsFromMinusTwoToPlusTwoAndEachPersonChecksInOncePerCheckpoint() {
        assertThrows(ValidationException.class, () -> goal.checkIn(7, Checkpoint.THREE_MONTHS, 3, null, NOW));
        assertThrows(ValidationException.class, () -> goal.checkIn(7, Checkpoint.THREE_MONTHS, -3, null, NOW));
        goal.checkIn(7, Checkpoint.THREE_MONTHS, -2, null, NOW);
        assertThrows(ConflictException.class, () -> goal.checkIn(7, Checkpoint.THREE_MONTHS, 0, null, NOW));
        goal.checkIn(8, Checkpoint.THREE_MONTHS, 2, "aus dem Ausschuss", NOW);
        assertEquals(2, goal.checkIns().size());
        assertEquals(List.of(Checkpoint.SIX_MONTHS), goal.dueFor(LocalDate.of(2027, 8, 1)));
        // the counts by attainment follow the recorded check-ins only, not the refused ones
        assertEquals(
                List.of(1, 0, 0, 0, 1),
                List.of(-2, -1, 0, 1, 2).stream().map(goal.attainments()::of).toList());
        assertEquals(2, goal.attainments().total());
    }

    @Test
    void rewordingKeepsTheCheckIns() {
        goal.checkIn(7, Checkpoint.THREE_MONTHS, 0, null, NOW);
        goal.update(new GoalAnswer("Drei neue Sprachkurse", "Kurse", "3", "6", "", "Ayşe", ""));
        assertEquals("Drei neue Sprachkurse", goal.what());
        assertEquals(null, goal.deadline());
        assertEquals(1, goal.checkIns().size());
    }
}
