package org.committeeacademy.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortPlan;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.EnrolmentFigures;
import org.committeeacademy.cohort.domain.ScheduleChange;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.SessionPlan;
import org.committeeacademy.cohort.domain.TimeSlot;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.EditStamps;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;
import org.committeeacademy.venue.domain.VenueRepository;

/**
 * VHS staff plan cohorts: create them, schedule, move and cancel sessions, and move the status on. Bookings of a
 * venue's rooms and of a trainer are serialized by row locks (venue, then trainers by id), so two staff members
 * cannot book the same room or trainer twice at once.
 */
@ApplicationScoped
@Transactional
public class CohortPlanning {

    @Inject
    EnrolmentFigures figures;

    @Inject
    CohortRepository cohorts;

    @Inject
    VenueRepository venues;

    @Inject
    AccountRepository accounts;

    @Inject
    SeriesRepository series;

    @Inject
    CurrentUser currentUser;

    @Inject
    EditStamps stamps;

    @Inject
    Event<SeatsChanged> seatsChanged;

    @Inject
    Event<ScheduleChanged> scheduleChanged;

    @Inject
    Event<CohortOpened> opened;

    Clock clock = Clock.systemUTC();

    public Cohort create(NewCohort request) {
        return createWithSessions(request, List.of());
    }

    /** The guided flow: the cohort and one session per module in one go, all or nothing. */
    public Cohort createWithSessions(NewCohort request, List<SessionRequest> sessions) {
        requireStaff();
        if (request.status() != CohortStatus.DRAFT && request.status() != CohortStatus.OPEN) {
            throw new ValidationException("status", "cohort.status.initial");
        }
        Series ofSeries = request.seriesId() == null
                ? null
                : series.find(request.seriesId())
                        .orElseThrow(() -> new ValidationException("seriesId", "cohort.series.unknown"));
        Venue venue = request.venueId() == null
                ? null
                : venues.findForBooking(request.venueId())
                        .orElseThrow(() -> new ValidationException("venueId", "cohort.venue.unknown"));
        if (venue != null) {
            currentUser.requireManaging(venue.organisationId());
        }
        Cohort cohort = new Cohort(ofSeries, venue, request.plan());
        cohort.assignTrainers(trainers(request.trainerIds(), "trainerIds"));
        cohorts.add(cohort);
        for (SessionRequest session : sessions) {
            place(cohort, null, session);
        }
        if (request.status() == CohortStatus.OPEN) {
            cohort.changeStatus(CohortStatus.OPEN);
            opened.fire(new CohortOpened(cohort));
        }
        return cohort;
    }

    /** Locks the cohort as enrolments do (seats stay right); a stale expected version is refused (null: no check). */
    public Cohort revise(long cohortId, CohortPlan plan, Long expectedVersion) {
        requireStaff();
        Cohort cohort = managed(cohorts.lock(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId)));
        stamps.edit(cohort.lastChange(), expectedVersion);
        int before = cohort.capacity();
        cohort.revise(plan, cohort.seats().taken());
        if (cohort.capacity() > before) {
            seatsChanged.fire(new SeatsChanged(cohort));
        }
        return cohort;
    }

    /** The API's PUT: new terms and, when given, new trainers, kept together or not at all. */
    public Cohort revise(long cohortId, CohortPlan plan, List<Long> trainerIds, Long expectedVersion) {
        Cohort cohort = revise(cohortId, plan, expectedVersion);
        return trainerIds == null ? cohort : assignTrainers(cohortId, trainerIds);
    }

    public Cohort assignTrainers(long cohortId, List<Long> trainerIds) {
        Cohort cohort = cohort(cohortId);
        cohort.assignTrainers(trainers(trainerIds, "trainerIds"));
        return cohort;
    }

    public Cohort changeStatus(long cohortId, CohortStatus target) {
        Cohort cohort = cohort(cohortId);
        if (target == CohortStatus.CANCELLED) {
            cohort.cancel(figures.peopleAffected(cohortId), clock.instant()).ifPresent(this::record);
        } else {
            cohort.changeStatus(target);
            if (target == CohortStatus.OPEN) {
                opened.fire(new CohortOpened(cohort));
            }
        }
        return cohort;
    }

    public Session schedule(long cohortId, SessionRequest request) {
        Cohort cohort = cohort(cohortId);
        venues.findForBooking(cohort.venue().id());
        return place(cohort, null, request);
    }

    public Session reschedule(long sessionId, SessionRequest request) {
        Session session = session(sessionId);
        Cohort cohort = session.cohort();
        venues.findForBooking(cohort.venue().id());
        return place(cohort, session, request);
    }

    public Session cancelSession(long sessionId) {
        Session session = session(sessionId);
        Cohort cohort = session.cohort();
        cohort.cancelSession(session, figures.peopleAffected(cohort.id()), clock.instant())
                .ifPresent(this::record);
        return session;
    }

    private Session place(Cohort cohort, Session moving, SessionRequest request) {
        Module module = cohort.series().modules().stream()
                .filter(m -> m.key().equals(request.moduleKey()))
                .findFirst()
                .orElseThrow(() -> new ValidationException(
                        "moduleKey",
                        request.moduleKey() == null ? "validation.required" : "session.module.notInSeries"));
        Room room = null;
        if (request.roomId() != null) {
            room = cohort.venue()
                    .room(request.roomId())
                    .orElseThrow(() -> new ValidationException("roomId", "session.room.otherVenue"));
        }
        TimeSlot slot = new TimeSlot(request.start(), request.end());
        Set<Account> teaching = new LinkedHashSet<>(trainers(request.trainerIds(), "trainerIds"));
        Set<Account> toLock = teaching.isEmpty() ? cohort.trainers() : teaching;
        lockInOrder(toLock);
        SessionPlan plan = new SessionPlan(module, slot, room, request.onlineLink(), teaching);
        List<Session> booked = cohorts.bookedAt(
                slot.start(),
                slot.end(),
                room == null ? null : room.id(),
                toLock.stream().map(Account::id).toList());
        if (moving == null) {
            Session session = cohort.schedule(plan, booked);
            cohorts.flush();
            return session;
        }
        cohort.reschedule(moving, plan, booked, figures.peopleAffected(cohort.id()), clock.instant())
                .ifPresent(this::record);
        return moving;
    }

    private void record(ScheduleChange change) {
        cohorts.add(change);
        scheduleChanged.fire(ScheduleChanged.of(change));
    }

    private void lockInOrder(Set<Account> trainers) {
        TreeSet<Long> ids = new TreeSet<>(Comparator.naturalOrder());
        trainers.forEach(t -> ids.add(t.id()));
        ids.forEach(accounts::findForBooking);
    }

    private List<Account> trainers(List<Long> ids, String field) {
        List<Account> found = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            Account trainer = id == null ? null : accounts.find(id).orElse(null);
            if (trainer == null || !trainer.hasRole(Role.TRAINER)) {
                throw new ValidationException(field, "cohort.trainer.role");
            }
            found.add(trainer);
        }
        return found;
    }

    private Cohort cohort(long id) {
        requireStaff();
        return managed(cohorts.find(id).orElseThrow(() -> new NotFoundException("cohort " + id)));
    }

    private Session session(long id) {
        requireStaff();
        Session session = cohorts.findSession(id).orElseThrow(() -> new NotFoundException("session " + id));
        managed(session.cohort());
        return session;
    }

    /** Staff plan their own organisation's cohorts only; to staff of another one a cohort does not exist. */
    private Cohort managed(Cohort cohort) {
        currentUser.requireManaging(cohort.organisationId());
        return cohort;
    }

    private void requireStaff() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
    }
}
