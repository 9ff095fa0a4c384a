package org.committeeacademy.dashboard.domain;

/**
 * The dashboard's rates, each a share between 0 and 1, or {@code null} when there is nothing to divide by (a cohort
 * without held sessions has no attendance rate, not a rate of 0).
 */
public final class Rates {

    private Rates() {}

    /** Seats taken (confirmed, offered or completed) / capacity. */
    public static Double fill(long seatsTaken, long capacity) {
        return share(seatsTaken, capacity);
    }

    /** Absent without excuse / attendance records of held sessions. */
    public static Double noShow(long absent, long recorded) {
        return share(absent, recorded);
    }

    /** Present / attendance records of held sessions (everyone expected, excused or not). */
    public static Double attendance(long present, long recorded) {
        return share(present, recorded);
    }

    /**
     * Members who completed (enrolment COMPLETED or a certificate that stands) / members who were confirmed, for
     * ended cohorts only: a running cohort's members cannot have completed yet.
     */
    public static Double completion(long completed, long confirmed, boolean ended) {
        return ended ? share(completed, confirmed) : null;
    }

    static Double share(long part, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("negative count");
        }
        return whole == 0 ? null : Math.min(1.0, (double) part / whole);
    }
}
