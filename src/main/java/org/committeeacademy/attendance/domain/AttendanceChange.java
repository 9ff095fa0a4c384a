package org.committeeacademy.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.committeeacademy.identity.domain.Account;

/** One recorded change of an attendance: from, to, by whom, when and why. */
@Entity
@Table(name = "attendance_change")
public class AttendanceChange {

    /** A mark within the correction window, a correction after it (staff), or the member's apology. */
    public enum Cause {
        MARKED,
        CORRECTED,
        APOLOGY,
        APOLOGY_WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "attendance_id")
    private Attendance attendance;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private AttendanceStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private AttendanceStatus to;

    @Enumerated(EnumType.STRING)
    private Cause cause;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by")
    private Account by;

    @Column(name = "changed_at")
    private Instant at;

    protected AttendanceChange() {}

    AttendanceChange(
            Attendance attendance, AttendanceStatus from, AttendanceStatus to, Cause cause, Account by, Instant at) {
        this.attendance = attendance;
        this.from = from;
        this.to = to;
        this.cause = cause;
        this.by = by;
        this.at = at;
    }

    public AttendanceStatus from() {
        return from;
    }

    public AttendanceStatus to() {
        return to;
    }

    public Cause cause() {
        return cause;
    }

    public Account by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
