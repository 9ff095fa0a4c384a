package org.committeeacademy.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change to the schedule that the people enrolled in or waiting for a cohort must hear about. Recorded here until
 * the notification feature sends it.
 */
@Entity
@Table(name = "schedule_change")
public class ScheduleChange {

    public enum Kind {
        SESSION_MOVED,
        SESSION_CANCELLED,
        COHORT_CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne
    @JoinColumn(name = "session_id")
    private Session session;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private Kind kind;

    private String details;

    @Column(name = "people_affected")
    private int peopleAffected;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected ScheduleChange() {}

    ScheduleChange(Cohort cohort, Session session, Kind kind, String details, int peopleAffected, Instant now) {
        this.cohort = cohort;
        this.session = session;
        this.kind = kind;
        this.details = details.length() > 1000 ? details.substring(0, 1000) : details;
        this.peopleAffected = peopleAffected;
        this.occurredAt = now;
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Session session() {
        return session;
    }

    public Kind kind() {
        return kind;
    }

    /** Before and after, in a form staff can read (e.g. "2026-12-05 10:00–16:00 B06 → 2026-12-12 …"). */
    public String details() {
        return details;
    }

    public int peopleAffected() {
        return peopleAffected;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
