package org.committeeacademy.enrolment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.identity.domain.Account;

/**
 * Several members enrol themselves in one cohort in one go (a group of a rush, decided under one lock of the cohort's
 * row): each in turn is an {@link Arrival} against the counts as the ones before left them, so the group ends exactly
 * as the same requests one after the other would. A request of the group that is refused (the window closed, not a
 * member) is refused alone and changes nothing; a member who asks twice gets the same enrolment twice.
 */
public final class Arrivals {

    private final Cohort cohort;
    private final Map<Long, Enrolment> previous;
    private final ToIntFunction<Enrolment> waitingPosition;
    private final Map<Long, Arrival.Placed> placedNow = new HashMap<>();
    private final List<Enrolment> created = new ArrayList<>();
    private RosterCounts counts;

    /**
     * @param previous the enrolments the group's members already have in this cohort, all active (see
     *     {@link #needRoster})
     * @param waitingPosition the current position of one of those that is waiting
     */
    public Arrivals(
            Cohort cohort,
            RosterCounts counts,
            Collection<Enrolment> previous,
            ToIntFunction<Enrolment> waitingPosition) {
        if (needRoster(counts, previous)) {
            throw new IllegalArgumentException("this group needs the whole roster");
        }
        this.cohort = cohort;
        this.counts = counts;
        this.previous = new HashMap<>();
        previous.forEach(e -> this.previous.put(e.memberId(), e));
        this.waitingPosition = waitingPosition;
    }

    /**
     * Whether the group has to be decided on the whole {@link Roster} instead: an offer ran out and must be passed on
     * first, or a member comes back after leaving.
     */
    public static boolean needRoster(RosterCounts counts, Collection<Enrolment> previous) {
        return counts.offersRunOut()
                || previous.stream().anyMatch(e -> !e.status().isActive());
    }

    /** The member's request, decided after the ones before it; throws if this request alone is refused. */
    public Arrival.Placed enrol(Account member, Instant now) {
        Arrival.Placed earlier = placedNow.get(member.id());
        if (earlier != null) {
            return new Arrival.Placed(earlier.enrolment(), earlier.position(), false);
        }
        Optional<Enrolment> found = Optional.ofNullable(previous.get(member.id()));
        Arrival.Placed placed = Arrival.enrol(
                        cohort, found, () -> waitingPosition.applyAsInt(found.orElseThrow()), counts, member, now)
                .orElseThrow(() -> new IllegalStateException("needs the roster: " + member.id()));
        if (placed.created()) {
            EnrolmentStatus status = placed.enrolment().status();
            counts = new RosterCounts(
                    counts.held() + (status.holdsSeat() ? 1 : 0),
                    counts.waiting() + (status == EnrolmentStatus.WAITLISTED ? 1 : 0),
                    false);
            created.add(placed.enrolment());
            placedNow.put(member.id(), placed);
        }
        return placed;
    }

    /** The enrolments the group made, to be stored. */
    public List<Enrolment> created() {
        return List.copyOf(created);
    }
}
