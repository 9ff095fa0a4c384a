package org.committeeacademy.venue.domain;

import jakarta.persistence.Cacheable;
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
import java.util.Optional;
import org.committeeacademy.shared.domain.LastChange;
import org.committeeacademy.shared.domain.ValidationException;

/** A place where cohorts meet, typically a Volkshochschule building, with its rooms. */
@Entity
@Cacheable // read on every page, written rarely: META-INF/eclipselink-orm.xml
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "opening_notes")
    private String openingNotes;

    @Column(name = "public_transport")
    private String publicTransport;

    @Embedded
    private Accessibility accessibility;

    /** The organisation that runs the venue, by id: it stays with it (organisations are deactivated, never deleted). */
    @Column(name = "organisation_id")
    private Long organisationId;

    @OneToMany(mappedBy = "venue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Room> rooms = new ArrayList<>();

    @Embedded
    private LastChange lastChange = new LastChange();

    @Version
    @Column(name = "row_version")
    private long version;

    protected Venue() {}

    public Venue(long organisationId, VenueDetails details) {
        edit(details);
        this.organisationId = organisationId;
    }

    /** A venue with only its address and not yet in an organisation, as the domain's tests build one. */
    public Venue(String name, String street, String postalCode, String city, Accessibility accessibility) {
        edit(new VenueDetails(name, street, postalCode, city, null, null, null, null, null, accessibility));
    }

    public void edit(VenueDetails details) {
        details.validate();
        this.name = details.name();
        this.street = details.street();
        this.postalCode = details.postalCode();
        this.city = details.city();
        this.contactName = details.contactName();
        this.contactEmail = details.contactEmail();
        this.contactPhone = details.contactPhone();
        this.openingNotes = details.openingNotes();
        this.publicTransport = details.publicTransport();
        this.accessibility = details.accessibility();
    }

    public Room addRoom(String roomName, int seats) {
        return addRoom(roomName, seats, Equipment.none());
    }

    public Room addRoom(String roomName, int seats, Equipment equipment) {
        String stripped = VenueDetails.trim(roomName);
        if (rooms.stream().anyMatch(r -> r.name().equalsIgnoreCase(stripped))) {
            throw new ValidationException("roomName", "room.name.taken");
        }
        Room room = new Room(this, stripped, seats, equipment);
        rooms.add(room);
        return room;
    }

    public void editRoom(Room room, String roomName, int seats, Equipment equipment) {
        String stripped = VenueDetails.trim(roomName);
        if (rooms.stream().anyMatch(r -> r != room && r.name().equalsIgnoreCase(stripped))) {
            throw new ValidationException("roomName", "room.name.taken");
        }
        room.edit(stripped, seats, equipment);
    }

    /** Only for a room no session ever used; the caller checks that, since sessions live in cohorts. */
    public void removeRoom(Room room) {
        rooms.remove(room);
    }

    public Optional<Room> room(long roomId) {
        return rooms.stream().filter(r -> r.id() != null && r.id() == roomId).findFirst();
    }

    public VenueDetails details() {
        return new VenueDetails(
                name,
                street,
                postalCode,
                city,
                contactName,
                contactEmail,
                contactPhone,
                openingNotes,
                publicTransport,
                accessibility);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long organisationId() {
        return organisationId;
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
        String place = (postalCode + " " + city).strip();
        return place.isEmpty() ? street : street + ", " + place;
    }

    public String contactName() {
        return contactName;
    }

    /** Whom to ask, in one line: name, e-mail and phone, as far as they are known. */
    public String contactLine() {
        return java.util.stream.Stream.of(contactName, contactEmail, contactPhone)
                .filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String openingNotes() {
        return openingNotes;
    }

    public String publicTransport() {
        return publicTransport;
    }

    public Accessibility accessibility() {
        return accessibility;
    }

    public List<Room> rooms() {
        return Collections.unmodifiableList(rooms);
    }

    public List<Room> activeRooms() {
        return rooms.stream().filter(r -> !r.isRetired()).toList();
    }

    /** The edit version (the ETag) and who changed it last; see {@link LastChange}. */
    public LastChange lastChange() {
        if (lastChange == null) {
            lastChange = new LastChange();
        }
        return lastChange;
    }
}
