package org.committeeacademy.venue.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.shared.i18n.LocalText;

/** What the schedule knows about a room; cohorts keep the sessions, venues only ask. */
public interface RoomBookings {

    /** Sessions still to come in the room, described for people ("Kurs – 05.12.2026, 10:00–16:00, B06"). */
    List<LocalText> upcoming(long roomId, LocalDateTime from);

    boolean everUsed(long roomId);
}
