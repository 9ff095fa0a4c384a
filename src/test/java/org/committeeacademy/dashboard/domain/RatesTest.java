package org.committeeacademy.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void fillRateIsSeatsTakenOverCapacity() {
        assertEquals(0.75, Rates.fill(6, 8));
        assertEquals(1.0, Rates.fill(8, 8));
    }

    @Test
    void noShowRateCountsOnlyAbsencesWithoutExcuse() {
        CohortFigures cohort = cohort(8, 8, 6, 7, 2, 1, 0, 0, true);
        assertEquals(0.2, cohort.noShowRate());
        assertEquals(0.7, cohort.attendanceRate());
    }

    @Test
    void nothingHeldMeansNoRateNotZero() {
        CohortFigures cohort = cohort(8, 3, 3, 0, 0, 0, 0, 0, false);
        assertNull(cohort.attendanceRate());
        assertNull(cohort.noShowRate());
    }

    @Test
    void completionOnlyForEndedCohorts() {
        assertEquals(0.5, Rates.completion(3, 6, true));
        assertNull(Rates.completion(3, 6, false));
        assertNull(Rates.completion(0, 0, true));
    }

    @Test
    void negativeCountsAreAMistake() {
        assertThrows(IllegalArgumentException.class, () -> Rates.fill(-1, 8));
    }

    @Test
    void totalsWeighByPeopleAndCountCompletionOverEndedCohortsOnly() {
        Totals totals = Totals.of(
                "all",
                List.of(
                        cohort(10, 10, 10, 8, 2, 0, 8, 3, true),
                        cohort(10, 5, 5, 0, 0, 0, 0, 0, false),
                        cohort(20, 5, 4, 10, 0, 0, 2, 1, true)));
        assertEquals(3, totals.cohorts());
        assertEquals(0.5, totals.fillRate());
        assertEquals(0.9, totals.attendanceRate());
        assertEquals(0.1, totals.noShowRate());
        assertEquals(10.0 / 14, totals.completionRate());
        assertEquals(18, totals.worksheets());
        assertEquals(4, totals.certificates());
    }

    @Test
    void aPeriodIsPutInOrder() {
        DashboardFilter filter = new DashboardFilter(
                null, null, java.time.LocalDate.of(2026, 12, 31), java.time.LocalDate.of(2026, 1, 1));
        assertEquals(java.time.LocalDate.of(2026, 1, 1), filter.from());
    }

    @Test
    void checkInsAreCountedPerStepOfTheScale() {
        CheckInDistribution distribution =
                CheckInDistribution.empty().plus(-2, 1).plus(2, 3).plus(2, 1);
        assertEquals(List.of(1L, 0L, 0L, 0L, 4L), distribution.counts());
        assertEquals(5, distribution.total());
    }

    static CohortFigures cohort(
            int capacity,
            int seats,
            int confirmed,
            int present,
            int absent,
            int excused,
            int completed,
            int certificates,
            boolean ended) {
        return new CohortFigures(
                1,
                "K",
                1,
                "R",
                "S",
                1,
                "VHS",
                LocalDateTime.of(2026, 3, 1, 10, 0),
                capacity,
                seats,
                confirmed,
                0,
                present,
                absent,
                excused,
                completed,
                present,
                certificates,
                ended);
    }
}
