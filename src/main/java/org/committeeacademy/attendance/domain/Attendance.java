package org.committeeacademy.attendance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * One participant's attendance at one session: the trainer's mark, or before the session the member's apology (which
 * counts as excused until the trainer marks otherwise). Every change is kept in its history.
 */
@Entity
public class Attendance {

    public static final int MAX_NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private Account member;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    @Column(name = "apology_sent_at")
    private Instant apologySentAt;

    @Column(name = "apology_note")
    private String apologyNote;

    @ManyToOne
    @JoinColumn(name = "marked_by")
    private Account markedBy;

    @Column(name = "marked_at")
    private Instant markedAt;

    @OneToMany(mappedBy = "attendance", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<AttendanceChange> history = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private long version;

    protected Attendance() {}

    public Attendance(Session session, Account member) {
        this.session = session;
        this.member = member;
    }

    /**
     * The trainer's (or staff's) mark. Returns false when it is already the status; a mark after the correction window
     * is refused for trainers and recorded as a correction for staff.
     */
    public boolean mark(
            AttendanceStatus to, Account by, boolean staff, CorrectionWindow window, LocalDate today, Instant now) {
        if (to == null) {
            throw new ValidationException("status", "attendance.status.required");
        }
        requireHeld();
        LocalDate day = session.start().toLocalDate();
        window.requireMarkable(day, today, staff);
        if (to == status) {
            return false;
        }
        AttendanceChange.Cause cause =
                window.isOpenForTrainers(day, today) ? AttendanceChange.Cause.MARKED : AttendanceChange.Cause.CORRECTED;
        history.add(new AttendanceChange(this, status, to, cause, by, now));
        moveTo(to);
        markedBy = by;
        markedAt = now;
        return true;
    }

    /** The member's advance apology, possible until the session starts; it marks them excused. */
    public void apologise(String note, LocalDateTime venueNow, Instant now) {
        requireHeld();
        requireNotStarted(venueNow);
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > MAX_NOTE_LENGTH) {
            throw new ValidationException("note", "validation.tooLong");
        }
        if (status != AttendanceStatus.EXCUSED) {
            history.add(new AttendanceChange(
                    this, status, AttendanceStatus.EXCUSED, AttendanceChange.Cause.APOLOGY, member, now));
            moveTo(AttendanceStatus.EXCUSED);
        }
        apologySentAt = now;
        apologyNote = trimmed;
    }

    /** Takes the apology back before the session starts: the member is expected again. */
    public void withdrawApology(LocalDateTime venueNow, Instant now) {
        if (!hasApology()) {
            throw new ConflictException("attendance.apology.none");
        }
        requireNotStarted(venueNow);
        history.add(new AttendanceChange(this, status, null, AttendanceChange.Cause.APOLOGY_WITHDRAWN, member, now));
        moveTo(null);
        apologySentAt = null;
        apologyNote = null;
    }

    /** Every change of the status goes here: the session counts its participants by status (for the dashboard). */
    private void moveTo(AttendanceStatus to) {
        session.countAttendance(
                change(AttendanceStatus.PRESENT, to),
                change(AttendanceStatus.ABSENT, to),
                change(AttendanceStatus.EXCUSED, to));
        status = to;
    }

    private int change(AttendanceStatus counted, AttendanceStatus to) {
        return (to == counted ? 1 : 0) - (status == counted ? 1 : 0);
    }

    private void requireHeld() {
        if (session.isCalledOff()) {
            throw new ConflictException("attendance.sessionCancelled");
        }
    }

    private void requireNotStarted(LocalDateTime venueNow) {
        if (!venueNow.isBefore(session.start())) {
            throw new ConflictException("attendance.apology.tooLate");
        }
    }

    public boolean hasApology() {
        return apologySentAt != null;
    }

    public Long id() {
        return id;
    }

    public Session session() {
        return session;
    }

    public Account member() {
        return member;
    }

    public Optional<AttendanceStatus> status() {
        return Optional.ofNullable(status);
    }

    public boolean is(AttendanceStatus expected) {
        return status == expected;
    }

    public String apologyNote() {
        return apologyNote;
    }

    public Instant markedAt() {
        return markedAt;
    }

    public List<AttendanceChange> history() {
        return Collections.unmodifiableList(history);
    }
}
