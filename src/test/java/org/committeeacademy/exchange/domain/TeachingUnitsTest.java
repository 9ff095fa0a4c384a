package org.committeeacademy.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeachingUnitsTest {

    @Test
    void aUnitIs45MinutesRoundedToTheNearestHalfUnitHalvesUp() {
        assertEquals(new BigDecimal("1.0"), TeachingUnits.ofMinutes(45));
        assertEquals(new BigDecimal("2.0"), TeachingUnits.ofMinutes(90));
        assertEquals(new BigDecimal("2.0"), TeachingUnits.ofMinutes(100));
        assertEquals(new BigDecimal("2.5"), TeachingUnits.ofMinutes(102)); // 4.53 halves
        assertEquals(new BigDecimal("2.5"), TeachingUnits.ofMinutes(120));
        assertEquals(new BigDecimal("3.0"), TeachingUnits.ofMinutes(124)); // 5.51 halves
        assertEquals(new BigDecimal("4.0"), TeachingUnits.ofMinutes(180));
        assertEquals(new BigDecimal("0.5"), TeachingUnits.ofMinutes(12)); // 0.53 halves: exactly a quarter rounds up
        assertEquals(new BigDecimal("0.0"), TeachingUnits.ofMinutes(11));
        assertEquals(new BigDecimal("0.0"), TeachingUnits.ofMinutes(0));
    }

    @Test
    void aCohortsUnitsAreTheSumOfItsSessionsRoundedUnits() {
        LocalDateTime start = LocalDateTime.of(2027, 3, 1, 18, 0);
        BigDecimal evening = TeachingUnits.of(start, start.plusMinutes(100));
        assertEquals(new BigDecimal("6.0"), TeachingUnits.sum(List.of(evening, evening, evening)));
        assertEquals(new BigDecimal("0.0"), TeachingUnits.sum(List.of()));
    }
}
