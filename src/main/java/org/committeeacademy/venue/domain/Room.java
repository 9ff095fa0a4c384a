package org.committeeacademy.venue.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.committeeacademy.shared.domain.ValidationException;

/** A room of a venue with its seats and equipment. A retired room keeps its history but takes no new sessions. */
@Entity
@Cacheable // read on every page, written rarely: META-INF/eclipselink-orm.xml
public class Room {

    public static final int MAX_SEATS = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    private String name;
    private int seats;
    private boolean retired;

    @Embedded
    private Equipment equipment = Equipment.none();

    protected Room() {}

    Room(Venue venue, String name, int seats, Equipment equipment) {
        this.venue = venue;
        edit(name, seats, equipment);
    }

    public void edit(String newName, int newSeats, Equipment newEquipment) {
        String stripped = VenueDetails.trim(newName);
        if (stripped.isEmpty()) {
            throw new ValidationException("roomName", "validation.required");
        }
        if (stripped.length() > 100) {
            throw new ValidationException("roomName", "validation.tooLong");
        }
        if (newSeats < 1 || newSeats > MAX_SEATS) {
            throw new ValidationException("seats", "room.seats.range");
        }
        if (newEquipment != null
                && newEquipment.notes() != null
                && newEquipment.notes().length() > 500) {
            throw new ValidationException("equipmentNotes", "validation.tooLong");
        }
        this.name = stripped;
        this.seats = newSeats;
        this.equipment = newEquipment == null ? Equipment.none() : newEquipment;
    }

    public void retire() {
        retired = true;
    }

    public void reinstate() {
        retired = false;
    }

    public Long id() {
        return id;
    }

    public Venue venue() {
        return venue;
    }

    public String name() {
        return name;
    }

    public int seats() {
        return seats;
    }

    public Equipment equipment() {
        return equipment;
    }

    public boolean isRetired() {
        return retired;
    }
}
