package org.committeeacademy.dashboard.domain;

import java.io.Serializable;
import java.util.List;

/** How many goal check-ins rated the goal's attainment −2, −1, 0, +1 and +2 (counts in that order). */
public record CheckInDistribution(List<Long> counts) implements Serializable {

    public static final int LOWEST = -2;
    public static final int HIGHEST = 2;

    public CheckInDistribution {
        if (counts.size() != HIGHEST - LOWEST + 1) {
            throw new IllegalArgumentException("one count per step of the scale");
        }
        counts = List.copyOf(counts);
    }

    public static CheckInDistribution empty() {
        return new CheckInDistribution(List.of(0L, 0L, 0L, 0L, 0L));
    }

    public CheckInDistribution plus(int attainment, long count) {
        long[] next = counts.stream().mapToLong(Long::longValue).toArray();
        next[attainment - LOWEST] += count;
        return new CheckInDistribution(java.util.Arrays.stream(next).boxed().toList());
    }

    public long count(int attainment) {
        return counts.get(attainment - LOWEST);
    }

    public long total() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
