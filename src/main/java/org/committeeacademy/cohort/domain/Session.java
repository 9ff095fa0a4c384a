package org.committeeacademy.cohort.domain;

import jakarta.persistence.Column;
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
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.venue.domain.Room;

/** One dated meeting (Termin) of a cohort that covers a module, in a room, with trainers. */
@Entity
@Table(name = "cohort_session")
public class Session {

    /** Venues are in Germany; session times are wall-clock times there. */
    public static final ZoneId VENUE_ZONE = ZoneId.of("Europe/Berlin");

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

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    @ManyToMany
    @JoinTable(
            name = "session_trainer",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> trainers = new LinkedHashSet<>();

    protected Session() {}

    Session(Cohort cohort, Module module, Room room, LocalDateTime start, LocalDateTime end, Set<Account> trainers) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A session ends after it starts");
        }
        this.cohort = cohort;
        this.module = module;
        this.room = room;
        this.startsAt = start;
        this.endsAt = end;
        this.trainers = new LinkedHashSet<>(trainers);
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

    public LocalDateTime start() {
        return startsAt;
    }

    public LocalDateTime end() {
        return endsAt;
    }

    public Set<Account> trainers() {
        return Collections.unmodifiableSet(trainers);
    }
}
