package org.committeeacademy.exchange.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;

/**
 * Teaching units (Unterrichtseinheiten, UE) as VHS count them: one unit is 45 minutes. A session's units are its
 * minutes divided by 45, rounded to the nearest half unit, halves up (90 min = 2, 120 min = 2.5, 100 min = 2.0, 105
 * min = 2.5); a session called off counts 0. A cohort's units are the sum of its sessions' rounded units, so the
 * file's session lines add up to the cohort line.
 */
public final class TeachingUnits {

    public static final int MINUTES_PER_UNIT = 45;

    private static final BigDecimal HALVES_PER_UNIT = BigDecimal.valueOf(2);

    private TeachingUnits() {}

    public static BigDecimal ofMinutes(long minutes) {
        if (minutes <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal halves = BigDecimal.valueOf(minutes)
                .multiply(HALVES_PER_UNIT)
                .divide(BigDecimal.valueOf(MINUTES_PER_UNIT), 0, RoundingMode.HALF_UP);
        return halves.divide(HALVES_PER_UNIT, 1, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal of(LocalDateTime start, LocalDateTime end) {
        return ofMinutes(Duration.between(start, end).toMinutes());
    }

    public static BigDecimal sum(Collection<BigDecimal> units) {
        return units.stream().reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }
}
