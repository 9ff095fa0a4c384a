package org.committeeacademy.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.EnrolmentFigures;
import org.committeeacademy.cohort.domain.JoinWindow;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.TrainerRule;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Venue;
import org.committeeacademy.venue.domain.VenueRepository;

/**
 * Reads cohorts for pages and the API. Anyone sees a cohort once it left DRAFT; staff see all, and only staff who
 * manage the cohort see its online links and the record of schedule changes. Confirmed members and the session's
 * trainers get a "Teilnehmen" button instead while the join window is open; it leads through our server
 * (attendance's join page), which checks again, records the press and sends them on.
 */
@ApplicationScoped
@Transactional
public class CohortDirectory {

    @Inject
    EnrolmentFigures figures;

    @Inject
    CohortRepository cohorts;

    @Inject
    CohortQueries queries;

    @Inject
    SeriesRepository series;

    @Inject
    VenueRepository venues;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    /** The staff page's cohort: only for those who manage it; to staff of another organisation it does not exist. */
    public CohortDetail detailToManage(long id) {
        Cohort cohort = cohorts.find(id).orElseThrow(() -> new NotFoundException("cohort " + id));
        currentUser.requireManaging(cohort.organisationId());
        return detail(id);
    }

    /**
     * Whether the caller manages the cohort as staff: an admin, or staff of its organisation (a trainer of it does not
     * count). False for an unknown cohort.
     */
    public boolean isManagedByCaller(long cohortId) {
        return cohorts.find(cohortId)
                .map(c -> currentUser.manages(c.organisationId()))
                .orElse(false);
    }

    public CohortDetail detail(long id) {
        Cohort cohort = cohorts.findWithSessions(id).orElseThrow(() -> new NotFoundException("cohort " + id));
        boolean staff = currentUser.manages(cohort.organisationId());
        if (!cohort.isVisibleToPublic() && !staff) {
            throw new NotFoundException("cohort " + id);
        }
        Long me = currentUser.account().map(Account::id).orElse(null);
        boolean seatedMember = me != null && figures.cohortsConfirmedFor(me).contains(cohort.id());
        JoinWindow window = JoinTimes.window();
        LocalDateTime now = JoinTimes.now();
        long confirmed = figures.seated(id);
        long waitlisted = figures.waitlisted(id);
        return new CohortDetail(
                cohort.id(),
                cohort.series().id(),
                cohort.series().title(),
                cohort.title(),
                cohort.status(),
                cohort.format(),
                cohort.language(),
                cohort.fee(),
                cohort.capacity(),
                confirmed,
                waitlisted,
                cohort.enrolmentOpens(),
                cohort.enrolmentCloses(),
                cohort.cancellationDeadline(),
                cohort.approvalRequired(),
                cohort.isOpenForEnrolment(CohortCatalogue.today()),
                staff ? cohort.notes() : null,
                venue(cohort.venue()),
                people(cohort.trainers()),
                cohort.sessions().stream()
                        .map(s -> line(s, staff, (seatedMember || teaches(s)) && window.isOpen(s, now)))
                        .toList(),
                staff
                        ? cohorts.changes(id).stream()
                                .map(c -> new CohortDetail.ChangeLine(
                                        c.kind().name(), c.details(), c.peopleAffected(), c.occurredAt()))
                                .toList()
                        : List.of(),
                staff,
                cohort.organisationId(),
                cohort.lastChange().version());
    }

    /** Staff's list: their own organisation's cohorts only, whatever the filter says; admins see every one. */
    public List<CohortOverview> cohortsForStaff(CohortFilter filter) {
        requireStaff();
        return queries.cohorts(
                currentUser.staffScope().map(filter::withinOrganisation).orElse(filter));
    }

    public List<Booking> bookings(long venueId, LocalDateTime from, LocalDateTime to) {
        requireStaff();
        Venue venue = venues.find(venueId).orElseThrow(() -> new NotFoundException("venue " + venueId));
        currentUser.requireManaging(venue.organisationId());
        return queries.bookings(venueId, from, to);
    }

    /**
     * What the cohort forms and the dashboard's filters offer to choose from: names of series and venues, no one's
     * personal data, so the coordinator's dashboard may offer them too.
     */
    public List<Series> seriesChoices() {
        requireFigureReader();
        return series.active();
    }

    public List<Venue> venueChoices() {
        requireFigureReader();
        return currentUser.staffScope().map(venues::ofOrganisation).orElseGet(venues::all);
    }

    public List<Account> trainerChoices() {
        requireStaff();
        return accounts.withRole(Role.TRAINER);
    }

    private CohortDetail.SessionLine line(Session s, boolean staff, boolean joinable) {
        return new CohortDetail.SessionLine(
                s.id(),
                s.module().key(),
                s.module().title(),
                s.start(),
                s.end(),
                s.room() == null ? null : s.room().id(),
                s.room() == null ? null : s.room().name(),
                s.room() == null ? null : s.room().seats(),
                staff ? s.onlineLink() : null,
                s.hasOnlineRoom(),
                joinable,
                people(s.trainers()),
                s.isCancelled());
    }

    private static CohortDetail.VenueInfo venue(Venue v) {
        Accessibility a = v.accessibility();
        return new CohortDetail.VenueInfo(
                v.id(),
                v.name(),
                v.address(),
                v.publicTransport(),
                v.openingNotes(),
                a.stepFreeAccess(),
                a.accessibleToilet(),
                a.hearingLoop(),
                a.notes());
    }

    private static List<CohortDetail.Person> people(Collection<Account> accounts) {
        return accounts.stream()
                .map(a -> new CohortDetail.Person(a.id(), a.name()))
                .toList();
    }

    /** Named on the session, or one of its cohort's trainers — and a trainer now ({@link TrainerRule}). */
    private boolean teaches(Session s) {
        return currentUser.account().map(me -> TrainerRule.teaches(s, me)).orElse(false);
    }

    private void requireStaff() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
    }

    private void requireFigureReader() {
        currentUser.requireAnyRole(Role.STAFF, Role.COORDINATOR, Role.ADMIN);
    }
}
