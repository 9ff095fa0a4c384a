package org.committeeacademy.venue.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A room of a venue with its number of seats. */
@Entity
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    private String name;
    private int seats;
    private boolean retired;

    protected Room() {}

    Room(Venue venue, String name, int seats) {
        if (seats < 1) {
            throw new IllegalArgumentException("A room has at least one seat");
        }
        this.venue = venue;
        this.name = name;
        this.seats = seats;
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

    public boolean isRetired() {
        return retired;
    }
}
