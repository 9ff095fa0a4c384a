package org.committeeacademy.cohort.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LastChange;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.venue.domain.Venue;

/**
 * One run of a series at one venue for a small group (Durchgang). Guards its own rules: capacity fits the rooms,
 * the enrolment window closes before the first session, sessions fit the format, and the status moves forward only.
 */
@Entity
public class Cohort {

    public static final int DEFAULT_CAPACITY = 8;
    public static final int MAX_CAPACITY = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "series_id")
    private Series series;

    @ManyToOne(optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    private String title;

    @Enumerated(EnumType.STRING)
    private CohortStatus status;

    @Embedded
    private CohortTerms terms;

    @ManyToMany
    @JoinTable(
            name = "cohort_trainer",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> trainers = new LinkedHashSet<>();

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<Session> sessions = new ArrayList<>();

    @Embedded
    private Seats seats = new Seats();

    @Embedded
    private LastChange lastChange = new LastChange();

    @Version
    @Column(name = "row_version")
    private long version;

    protected Cohort() {}

    public Cohort(Series series, Venue venue, CohortPlan plan) {
        if (series == null) {
            throw new ValidationException("seriesId", "validation.required");
        }
        if (venue == null) {
            throw new ValidationException("venueId", "validation.required");
        }
        this.series = series;
        this.venue = venue;
        this.status = CohortStatus.DRAFT;
        revise(plan, 0);
    }

    /** Changes the terms; refuses values that no longer fit the sessions or the people already confirmed. */
    public void revise(CohortPlan plan, long confirmed) {
        PlanRevision.check(this, plan, confirmed);
        this.title = plan.title();
        this.terms = new CohortTerms(plan);
    }

    public CohortPlan plan() {
        return terms.plan(title);
    }

    public void assignTrainers(Collection<Account> newTrainers) {
        if (newTrainers.stream().anyMatch(t -> !t.hasRole(Role.TRAINER))) {
            throw new ValidationException("trainerIds", "cohort.trainer.role");
        }
        trainers.clear();
        trainers.addAll(newTrainers);
    }

    /**
     * Adds a session. {@code booked} are the sessions anywhere that overlap its time (the repository finds them);
     * a room or a trainer among them refuses the booking with the clash named.
     */
    public Session schedule(SessionPlan plan, Collection<Session> booked) {
        return timetable().schedule(plan, booked);
    }

    /** Moves a session to another time or room; tells the people affected if anything they see changed. */
    public Optional<ScheduleChange> reschedule(
            Session session, SessionPlan plan, Collection<Session> booked, int peopleAffected, Instant now) {
        return timetable().reschedule(session, plan, booked, peopleAffected, now);
    }

    public Optional<ScheduleChange> cancelSession(Session session, int peopleAffected, Instant now) {
        return timetable().cancel(session, peopleAffected, now);
    }

    /** Moves the status forward: draft → open → running → completed; open may go back to draft. */
    public void changeStatus(CohortStatus target) {
        if (target == CohortStatus.CANCELLED) {
            throw new IllegalArgumentException("Use cancel(), which tells the people affected");
        }
        this.status = StatusMoves.require(status, target);
    }

    /** Cancels the cohort: its sessions no longer hold their rooms or trainers. */
    public Optional<ScheduleChange> cancel(int peopleAffected, Instant now) {
        this.status = StatusMoves.require(status, CohortStatus.CANCELLED);
        return peopleAffected == 0
                ? Optional.empty()
                : Optional.of(new ScheduleChange(
                        this, null, ScheduleChange.Kind.COHORT_CANCELLED, title, peopleAffected, now));
    }

    public boolean isOpenForEnrolment(LocalDate today) {
        return status == CohortStatus.OPEN && terms.windowIncludes(today);
    }

    public boolean isVisibleToPublic() {
        return status != CohortStatus.DRAFT;
    }

    public List<Session> activeSessions() {
        return sessions.stream().filter(s -> !s.isCancelled()).toList();
    }

    private Timetable timetable() {
        return new Timetable(this, sessions);
    }

    public Long id() {
        return id;
    }

    public Series series() {
        return series;
    }

    public Venue venue() {
        return venue;
    }

    /** The organisation that runs the cohort: the one its venue belongs to. */
    public Long organisationId() {
        return venue.organisationId();
    }

    public String title() {
        return title;
    }

    public int capacity() {
        return terms.capacity();
    }

    /** The seat book, kept by the enrolment roster under the cohort's lock. */
    public Seats seats() {
        return seats;
    }

    public CohortStatus status() {
        return status;
    }

    public CohortFormat format() {
        return terms.format();
    }

    public Language language() {
        return terms.language();
    }

    public BigDecimal fee() {
        return terms.fee();
    }

    public LocalDate enrolmentOpens() {
        return terms.enrolmentOpens();
    }

    public LocalDate enrolmentCloses() {
        return terms.enrolmentCloses();
    }

    public LocalDate cancellationDeadline() {
        return terms.cancellationDeadline();
    }

    public boolean approvalRequired() {
        return terms.approvalRequired();
    }

    public String notes() {
        return terms.notes();
    }

    public Set<Account> trainers() {
        return Collections.unmodifiableSet(trainers);
    }

    public List<Session> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    public LastChange lastChange() {
        return lastChange;
    }
}
