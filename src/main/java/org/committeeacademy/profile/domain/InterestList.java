package org.committeeacademy.profile.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Who is told that a cohort opened: the confirmed entries at its venue not told about that cohort before. */
public final class InterestList {

    private InterestList() {}

    public static List<InterestEntry> toTell(Collection<InterestEntry> atVenue, Set<Long> alreadyTold) {
        return atVenue.stream()
                .filter(InterestEntry::isConfirmed)
                .filter(e -> !alreadyTold.contains(e.id()))
                .toList();
    }
}
