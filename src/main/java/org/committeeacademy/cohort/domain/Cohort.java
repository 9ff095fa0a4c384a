package org.committeeacademy.cohort.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;

/** One run of a series at one venue for a small group (Durchgang). */
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
    private int capacity;

    @Enumerated(EnumType.STRING)
    private CohortStatus status;

    @Column(name = "course_language")
    private Language language;

    @Column(name = "enrolment_opens")
    private LocalDate enrolmentOpens;

    @Column(name = "enrolment_closes")
    private LocalDate enrolmentCloses;

    @Column(name = "cancellation_deadline")
    private LocalDate cancellationDeadline;

    @ManyToMany
    @JoinTable(
            name = "cohort_trainer",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> trainers = new LinkedHashSet<>();

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<Session> sessions = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private long version;

    protected Cohort() {}

    public Cohort(Series series, Venue venue, String title, int capacity, Language language) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new ValidationException("capacity", "cohort.capacity.range");
        }
        this.series = series;
        this.venue = venue;
        this.title = title;
        this.capacity = capacity;
        this.language = language;
        this.status = CohortStatus.DRAFT;
    }

    public void setEnrolmentWindow(LocalDate opens, LocalDate closes, LocalDate cancellationDeadline) {
        if (opens != null && closes != null && closes.isBefore(opens)) {
            throw new ValidationException("enrolmentCloses", "cohort.window.order");
        }
        this.enrolmentOpens = opens;
        this.enrolmentCloses = closes;
        this.cancellationDeadline = cancellationDeadline;
    }

    public void assignTrainer(Account trainer) {
        trainers.add(trainer);
    }

    public Session schedule(Module module, Room room, LocalDateTime start, LocalDateTime end) {
        Session session = new Session(this, module, room, start, end, trainers);
        sessions.add(session);
        return session;
    }

    public void moveTo(CohortStatus newStatus) {
        this.status = newStatus;
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

    public String title() {
        return title;
    }

    public int capacity() {
        return capacity;
    }

    public CohortStatus status() {
        return status;
    }

    public Language language() {
        return language;
    }

    public LocalDate enrolmentOpens() {
        return enrolmentOpens;
    }

    public LocalDate enrolmentCloses() {
        return enrolmentCloses;
    }

    public LocalDate cancellationDeadline() {
        return cancellationDeadline;
    }

    public Set<Account> trainers() {
        return Collections.unmodifiableSet(trainers);
    }

    public List<Session> sessions() {
        return Collections.unmodifiableList(sessions);
    }
}
