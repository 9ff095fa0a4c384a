package org.committeeacademy.venue.web;

import java.io.Serializable;
import org.committeeacademy.venue.domain.Room;

/** A line of the rooms table; a copy, so the view keeps no entity between requests. */
public record RoomRow(
        long id,
        String name,
        int seats,
        boolean retired,
        boolean projector,
        boolean flipChart,
        boolean wifi,
        String notes)
        implements Serializable {

    static RoomRow of(Room room) {
        var e = room.equipment();
        return new RoomRow(
                room.id(),
                room.name(),
                room.seats(),
                room.isRetired(),
                e.projector(),
                e.flipChart(),
                e.wifi(),
                e.notes());
    }
}
