package org.committeeacademy.venue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class VenueTest {

    private final Venue venue = new Venue("VHS Bonn", "Mülheimer Platz 1", "53111", "Bonn", null);

    private static String refusal(Runnable action) {
        return assertThrows(ValidationException.class, action::run)
                .violations()
                .get(0)
                .messageKey();
    }

    @Test
    void theAddressReadsAsOneLine() {
        assertEquals("Mülheimer Platz 1, 53111 Bonn", venue.address());
        assertEquals("Weg 1", new Venue("VHS", "Weg 1", "", "", null).address());
    }

    @Test
    void aRoomNeedsANameAndOneToFiveHundredSeats() {
        assertEquals("validation.required", refusal(() -> venue.addRoom("  ", 10)));
        assertEquals("room.seats.range", refusal(() -> venue.addRoom("B06", 0)));
        assertEquals("room.seats.range", refusal(() -> venue.addRoom("B06", Room.MAX_SEATS + 1)));

        Room room = venue.addRoom(" B06 ", Room.MAX_SEATS);

        assertEquals("B06", room.name());
        assertEquals(List.of(room), venue.rooms());
    }

    @Test
    void twoRoomsOfAVenueCannotShareANameWhateverTheCase() {
        Room b06 = venue.addRoom("B06", 12);
        Room other = venue.addRoom("Raum 2.14", 20);

        assertEquals("room.name.taken", refusal(() -> venue.addRoom("b06", 5)));
        assertEquals("room.name.taken", refusal(() -> venue.editRoom(other, "B06", 20, null)));

        venue.editRoom(b06, "b06", 14, new Equipment(true, false, true, " "));
        assertEquals("b06", b06.name());
        assertEquals(14, b06.seats());
        assertTrue(b06.equipment().projector());
        assertEquals(null, b06.equipment().notes());
    }

    @Test
    void aRefusedEditChangesNothing() {
        Room room = venue.addRoom("B06", 12, new Equipment(true, true, true, "Koffer"));

        refusal(() -> venue.editRoom(room, "B07", 0, Equipment.none()));

        assertEquals("B06", room.name());
        assertEquals(12, room.seats());
        assertTrue(room.equipment().flipChart());
    }

    @Test
    void aRetiredRoomIsNoLongerActiveUntilReinstated() {
        Room room = venue.addRoom("B06", 12);
        venue.addRoom("Raum 2.14", 20);

        room.retire();
        assertTrue(room.isRetired());
        assertEquals(1, venue.activeRooms().size());
        assertEquals(2, venue.rooms().size(), "a retired room keeps its history");

        room.reinstate();
        assertFalse(room.isRetired());
        assertEquals(2, venue.activeRooms().size());
    }

    @Test
    void editingTheVenueValidatesTheDetailsFirst() {
        VenueDetails bad = new VenueDetails("", "Weg 1", "", "", null, null, null, null, null, null);

        assertEquals("validation.required", refusal(() -> venue.edit(bad)));
        assertEquals("VHS Bonn", venue.name());
    }
}
