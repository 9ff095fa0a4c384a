package org.committeeacademy.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How many of a session's participants are marked present, absent and excused, kept on the session by the
 * attendance feature as each mark or apology changes (in the same transaction, under the session's row lock), so that
 * the dashboard sums one row per session instead of every attendance record (issue 27).
 */
@Embeddable
public class AttendanceCounts {

    @Column(name = "present_count")
    private int present;

    @Column(name = "absent_count")
    private int absent;

    @Column(name = "excused_count")
    private int excused;

    /** One participant's status moved: minus one for the status left, plus one for the status taken. */
    void move(int presentChange, int absentChange, int excusedChange) {
        present += presentChange;
        absent += absentChange;
        excused += excusedChange;
    }

    public int present() {
        return present;
    }

    public int absent() {
        return absent;
    }

    public int excused() {
        return excused;
    }
}
