package org.committeeacademy.shared.domain;

import java.time.ZoneId;

/** The one clock time the academy lives by. */
public final class AcademyTime {

    /**
     * All venues are in Germany: sessions, deadlines and "today" are German wall-clock times, whatever zone the server
     * or the reader is in. Instants are stored; this zone turns them into the times pages, mails, exports and
     * certificates show, and back.
     */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private AcademyTime() {}
}
