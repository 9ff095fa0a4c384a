package org.committeeacademy.progress.domain;

import java.util.List;

/**
 * A module's self-paced units for one member: how many there are, the titles of those not yet done, and whether the
 * module's descriptor makes them count for completion ({@code requiresUnits: true}).
 */
public record UnitFacts(int total, List<String> missing, boolean required) {

    /** A module without units. */
    public static final UnitFacts NONE = new UnitFacts(0, List.of(), false);

    public UnitFacts {
        missing = List.copyOf(missing);
    }

    public int done() {
        return total - missing.size();
    }

    /** Met when they do not count, or when every unit is done. */
    public boolean met() {
        return !required || missing.isEmpty();
    }
}
