package org.committeeacademy.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.i18n.LocalText;
import org.committeeacademy.venue.domain.Room;

/** One dated meeting (Termin) of a cohort that covers a module, in a room, online or both (hybrid), with trainers. */
@Entity
@Table(name = "cohort_session")
public class Session {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id")
    private Module module;

    @ManyToOne
    @JoinColumn(name = "room_id")
    private Room room;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    private boolean cancelled;

    /** How often the session moved or was cancelled: an iCalendar update carries it as SEQUENCE. */
    @Column(name = "calendar_sequence")
    private int calendarSequence;

    @Embedded
    private AttendanceCounts attendance = new AttendanceCounts();

    @ManyToMany
    @JoinTable(
            name = "session_trainer",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> trainers = new LinkedHashSet<>();

    protected Session() {}

    Session(Cohort cohort, SessionPlan plan, Set<Account> trainers) {
        this.cohort = cohort;
        this.module = plan.module();
        place(plan, trainers);
    }

    void place(SessionPlan plan, Set<Account> newTrainers) {
        this.room = plan.room();
        this.onlineLink = plan.onlineLink();
        this.startsAt = plan.slot().start();
        this.endsAt = plan.slot().end();
        this.trainers = new LinkedHashSet<>(newTrainers);
    }

    void cancel() {
        cancelled = true;
        calendarSequence++;
    }

    void moved() {
        calendarSequence++;
    }

    /** The revision calendars know the session by: one more for every move, and for its or its cohort's end. */
    public int calendarSequence() {
        return cohort.status() == CohortStatus.CANCELLED && !cancelled ? calendarSequence + 1 : calendarSequence;
    }

    /** Cancelled itself, or with its cohort. */
    public boolean isCalledOff() {
        return cancelled || cohort.status() == CohortStatus.CANCELLED;
    }

    /** Would a booking of this room or these trainers at that time clash with this session? */
    public Optional<Clash> clashWith(TimeSlot slot, Room otherRoom, Set<Account> otherTrainers) {
        if (cancelled || cohort.status() == CohortStatus.CANCELLED || !slot().overlaps(slot)) {
            return Optional.empty();
        }
        if (room != null && otherRoom != null && same(room, otherRoom, Room::id)) {
            return Optional.of(new Clash(this, null));
        }
        return trainers.stream()
                .filter(t -> otherTrainers.stream().anyMatch(o -> same(t, o, Account::id)))
                .findFirst()
                .map(t -> new Clash(this, t));
    }

    private static <T> boolean same(T a, T b, java.util.function.Function<T, Long> id) {
        return a == b || (id.apply(a) != null && id.apply(a).equals(id.apply(b)));
    }

    /** For people and logs: "2026-12-05 10:00–16:00, B06", "… online" or "… B06 + online". */
    public String describe() {
        return DAY_AND_TIME.format(startsAt) + "–" + TIME.format(endsAt) + ", " + place();
    }

    /** Like {@link #describe()}, with the day and times as the reader writes them ("05.12.2026, 10:00–16:00, B06"). */
    public LocalText described() {
        LocalDateTime start = startsAt;
        LocalDateTime end = endsAt;
        String place = place();
        return formats -> formats.dateTime(start) + "–" + formats.time(end) + ", " + place;
    }

    private String place() {
        return room == null ? "online" : room.name() + (onlineLink == null ? "" : " + online");
    }

    public TimeSlot slot() {
        return new TimeSlot(startsAt, endsAt);
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Module module() {
        return module;
    }

    public Room room() {
        return room;
    }

    public String onlineLink() {
        return onlineLink;
    }

    /** No room: the session meets only online. */
    public boolean isOnline() {
        return room == null;
    }

    /** It has an online room (a link): online, or hybrid with a room as well. */
    public boolean hasOnlineRoom() {
        return onlineLink != null;
    }

    public SessionMode mode() {
        return SessionMode.of(room != null, onlineLink != null);
    }

    public LocalDateTime start() {
        return startsAt;
    }

    public LocalDateTime end() {
        return endsAt;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Set<Account> trainers() {
        return Collections.unmodifiableSet(trainers);
    }

    /**
     * The attendance feature counts each change of a participant's status here (see {@link AttendanceCounts}); the
     * caller holds the session's row lock ({@link CohortRepository#lockSession}) or is the only writer.
     */
    public void countAttendance(int presentChange, int absentChange, int excusedChange) {
        attendance().move(presentChange, absentChange, excusedChange);
    }

    public AttendanceCounts attendance() {
        if (attendance == null) {
            attendance = new AttendanceCounts();
        }
        return attendance;
    }
}
