package org.committeeacademy.dashboard.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The goals of one committee's confirmed members, counted: how many people set goals, how many goals, how many
 * check-ins and how many of those reached at least the expected level (attainment 0 or more on the −2…+2 scale), and
 * how many goals follow a council paper that reached a decision (a result in a deciding consultation, from the
 * council information system). A committee is shown only with at least {@link #MIN_PEOPLE} people, so no figure
 * points to a person.
 */
public record CommitteeGoals(
        String committee, String municipality, int people, int goals, int checkIns, int reached, int decided)
        implements Serializable {

    public static final int MIN_PEOPLE = 5;

    /** Share of check-ins at the expected level or better, 0–100; 0 without check-ins. */
    public int reachedPercent() {
        return checkIns == 0 ? 0 : (int) Math.round(100.0 * reached / checkIns);
    }

    /**
     * One member of a committee with their goals of the cohorts asked, as read from the database: how many goals,
     * check-ins, check-ins at the expected level or better, and goals whose paper reached a council decision.
     */
    public record Line(
            long committeeId,
            String committee,
            String municipality,
            long owner,
            int goals,
            int checkIns,
            int reached,
            int decided) {}

    /** Adds the lines up per committee and keeps the committees with enough people, by name. */
    public static List<CommitteeGoals> of(List<Line> lines) {
        Map<Long, Tally> tallies = new HashMap<>();
        for (Line line : lines) {
            tallies.computeIfAbsent(line.committeeId(), id -> new Tally(line.committee(), line.municipality()))
                    .add(line);
        }
        List<CommitteeGoals> result = new ArrayList<>();
        for (Tally t : tallies.values()) {
            if (t.owners.size() >= MIN_PEOPLE) {
                result.add(new CommitteeGoals(
                        t.committee, t.municipality, t.owners.size(), t.goals, t.checkIns, t.reached, t.decided));
            }
        }
        result.sort(Comparator.comparing(CommitteeGoals::committee));
        return result;
    }

    private static final class Tally {
        private final String committee;
        private final String municipality;
        private final Set<Long> owners = new HashSet<>();
        private int goals;
        private int checkIns;
        private int reached;
        private int decided;

        Tally(String committee, String municipality) {
            this.committee = committee;
            this.municipality = municipality;
        }

        void add(Line line) {
            owners.add(line.owner()); // a person with goals in several cohorts counts once
            goals += line.goals();
            checkIns += line.checkIns();
            reached += line.reached();
            decided += line.decided();
        }
    }
}
