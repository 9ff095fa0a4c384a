package org.committeeacademy.venue.rest;

import java.util.List;
import org.committeeacademy.shared.domain.Versioned;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Equipment;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;

/** A venue as the API shows it, with all its rooms (retired ones marked); {@code version} is its ETag. */
public record VenueDto(
        long id,
        String name,
        String address,
        String street,
        String postalCode,
        String city,
        String contactName,
        String contactEmail,
        String contactPhone,
        String openingNotes,
        String publicTransport,
        AccessibilityDto accessibility,
        List<RoomDto> rooms,
        long organisationId,
        long version)
        implements Versioned {

    public record AccessibilityDto(
            boolean stepFreeAccess, boolean accessibleToilet, boolean hearingLoop, String notes) {

        static AccessibilityDto of(Accessibility a) {
            return new AccessibilityDto(a.stepFreeAccess(), a.accessibleToilet(), a.hearingLoop(), a.notes());
        }

        Accessibility toAccessibility() {
            return new Accessibility(stepFreeAccess, accessibleToilet, hearingLoop, notes);
        }
    }

    public record EquipmentDto(boolean projector, boolean flipChart, boolean wifi, String notes) {

        static EquipmentDto of(Equipment e) {
            return new EquipmentDto(e.projector(), e.flipChart(), e.wifi(), e.notes());
        }

        Equipment toEquipment() {
            return new Equipment(projector, flipChart, wifi, notes);
        }
    }

    public record RoomDto(long id, String name, int seats, boolean retired, EquipmentDto equipment) {

        static RoomDto of(Room room) {
            return new RoomDto(
                    room.id(), room.name(), room.seats(), room.isRetired(), EquipmentDto.of(room.equipment()));
        }
    }

    static VenueDto of(Venue v) {
        return new VenueDto(
                v.id(),
                v.name(),
                v.address(),
                v.street(),
                v.postalCode(),
                v.city(),
                v.contactName(),
                v.contactEmail(),
                v.contactPhone(),
                v.openingNotes(),
                v.publicTransport(),
                AccessibilityDto.of(v.accessibility()),
                v.rooms().stream().map(RoomDto::of).toList(),
                v.organisationId(),
                v.lastChange().version());
    }
}
