package org.committeeacademy.venue.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A place where cohorts meet, typically a Volkshochschule building, with its rooms. */
@Entity
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    @Embedded
    private Accessibility accessibility;

    @OneToMany(mappedBy = "venue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Room> rooms = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private long version;

    protected Venue() {}

    public Venue(String name, String street, String postalCode, String city, Accessibility accessibility) {
        this.name = name;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.accessibility = accessibility;
    }

    public Room addRoom(String roomName, int seats) {
        Room room = new Room(this, roomName, seats);
        rooms.add(room);
        return room;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String address() {
        return street + ", " + postalCode + " " + city;
    }

    public Accessibility accessibility() {
        return accessibility;
    }

    public List<Room> rooms() {
        return Collections.unmodifiableList(rooms);
    }
}
