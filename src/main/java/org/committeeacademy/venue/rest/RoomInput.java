package org.committeeacademy.venue.rest;

import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.venue.domain.Equipment;
import org.committeeacademy.venue.rest.VenueDto.EquipmentDto;

/** The body of POST and PUT /venues/{id}/rooms; the room's rules are checked by the domain. */
public record RoomInput(String name, Integer seats, EquipmentDto equipment) {

    void requireSeats() {
        if (seats == null) {
            throw new ValidationException("seats", "room.seats.range");
        }
    }

    Equipment toEquipment() {
        return equipment == null ? Equipment.none() : equipment.toEquipment();
    }
}
