package org.committeeacademy.cohort.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;
import org.committeeacademy.venue.domain.Room;

/**
 * Whether a session may take place as planned in its cohort: a module of the series, a place that fits the format
 * (a room of the cohort's venue, large enough and in use, or a link), after the enrolment window and the cancellation
 * deadline, taught by trainers, and clear of every booked session that shares its room or a trainer.
 */
final class SessionPlacement {

    private SessionPlacement() {}

    /**
     * @param booked the sessions anywhere that overlap the planned time
     * @param moving the session being moved, which never clashes with itself; null for a new one
     * @return the trainers who teach it: the plan's, or else the cohort's
     */
    static Set<Account> check(Cohort cohort, SessionPlan plan, Collection<Session> booked, Session moving) {
        List<Violation> problems = new ArrayList<>();
        if (cohort.series().modules().stream()
                .noneMatch(m -> m.key().equals(plan.module().key()))) {
            problems.add(new Violation("moduleKey", "session.module.notInSeries"));
        }
        Room room = plan.room();
        place(cohort.format(), room, plan.onlineLink(), problems);
        if (room != null) {
            if (!sameVenue(cohort, room)) {
                problems.add(new Violation("roomId", "session.room.otherVenue"));
            } else if (room.isRetired() && (moving == null || moving.room() != room)) {
                problems.add(new Violation("roomId", "session.room.retired"));
            } else if (room.seats() < cohort.capacity()) {
                problems.add(new Violation("roomId", "session.room.tooSmall"));
            }
        }
        if (cohort.enrolmentCloses() != null
                && plan.slot().start().toLocalDate().isBefore(cohort.enrolmentCloses())) {
            problems.add(new Violation("start", "session.beforeWindowCloses"));
        }
        if (cohort.cancellationDeadline() != null
                && plan.slot().start().toLocalDate().isBefore(cohort.cancellationDeadline())) {
            problems.add(new Violation("start", "session.beforeCancellationDeadline"));
        }
        Set<Account> teaching = plan.trainers().isEmpty() ? cohort.trainers() : plan.trainers();
        if (teaching.stream().anyMatch(t -> !t.hasRole(Role.TRAINER))) {
            problems.add(new Violation("trainerIds", "cohort.trainer.role"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        for (Session other : booked) {
            if (other == moving
                    || (other.id() != null && moving != null && other.id().equals(moving.id()))) {
                continue;
            }
            Optional<Clash> clash = other.clashWith(plan.slot(), room, teaching);
            if (clash.isPresent()) {
                throw new SessionClashException(clash.get());
            }
        }
        return teaching;
    }

    /**
     * A room or a link, as the format allows: in person needs a room, online a link, blended either or both (a hybrid
     * session: people in the room and others joining online).
     */
    private static void place(CohortFormat format, Room room, String onlineLink, List<Violation> problems) {
        if (room != null && onlineLink != null && format != CohortFormat.BLENDED) {
            problems.add(new Violation("onlineLink", "session.place.both"));
        } else if (room == null && onlineLink == null) {
            problems.add(new Violation(
                    format == CohortFormat.ONLINE ? "onlineLink" : "roomId",
                    format == CohortFormat.IN_PERSON ? "session.room.required" : "session.place.required"));
        } else if (room != null && !format.allowsRoom()) {
            problems.add(new Violation("roomId", "session.room.online"));
        } else if (room == null && !format.allowsLink()) {
            problems.add(new Violation("roomId", "session.room.required"));
        }
    }

    private static boolean sameVenue(Cohort cohort, Room room) {
        Long venueId = cohort.venue().id();
        return room.venue() == cohort.venue()
                || (room.venue().id() != null && room.venue().id().equals(venueId));
    }
}
