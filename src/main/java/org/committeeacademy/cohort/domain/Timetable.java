package org.committeeacademy.cohort.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * The sessions of one cohort as staff change them: only while the cohort is not finished, each place checked by
 * {@link SessionPlacement}, and a notice for the people affected when a session they see moves or is called off.
 */
final class Timetable {

    private final Cohort cohort;
    private final List<Session> sessions;

    /** @param sessions the cohort's own list, which a new session joins */
    Timetable(Cohort cohort, List<Session> sessions) {
        this.cohort = cohort;
        this.sessions = sessions;
    }

    Session schedule(SessionPlan plan, Collection<Session> booked) {
        Set<Account> teaching = checkPlacement(plan, booked, null);
        Session session = new Session(cohort, plan, teaching);
        sessions.add(session);
        return session;
    }

    Optional<ScheduleChange> reschedule(
            Session session, SessionPlan plan, Collection<Session> booked, int peopleAffected, Instant now) {
        requireOwn(session);
        if (session.isCancelled()) {
            throw new ValidationException("session", "session.cancelled");
        }
        Set<Account> teaching = checkPlacement(plan, booked, session);
        String before = session.describe();
        boolean moved = !session.slot().equals(plan.slot())
                || session.room() != plan.room()
                || !Objects.equals(session.onlineLink(), plan.onlineLink());
        session.place(plan, teaching);
        if (moved) {
            session.moved();
        }
        if (!moved || peopleAffected == 0) {
            return Optional.empty();
        }
        return Optional.of(new ScheduleChange(
                cohort,
                session,
                ScheduleChange.Kind.SESSION_MOVED,
                before + " → " + session.describe(),
                peopleAffected,
                now));
    }

    Optional<ScheduleChange> cancel(Session session, int peopleAffected, Instant now) {
        requireOwn(session);
        requireChangeable();
        if (session.isCancelled()) {
            return Optional.empty();
        }
        session.cancel();
        return peopleAffected == 0
                ? Optional.empty()
                : Optional.of(new ScheduleChange(
                        cohort,
                        session,
                        ScheduleChange.Kind.SESSION_CANCELLED,
                        session.describe(),
                        peopleAffected,
                        now));
    }

    private Set<Account> checkPlacement(SessionPlan plan, Collection<Session> booked, Session moving) {
        requireChangeable();
        return SessionPlacement.check(cohort, plan, booked, moving);
    }

    private void requireChangeable() {
        CohortStatus status = cohort.status();
        if (status == CohortStatus.COMPLETED || status == CohortStatus.CANCELLED) {
            throw new ValidationException("status", "cohort.closed");
        }
    }

    private void requireOwn(Session session) {
        if (session.cohort() != cohort) {
            throw new IllegalArgumentException("Session " + session.id() + " belongs to another cohort");
        }
    }
}
