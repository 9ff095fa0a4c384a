package org.committeeacademy.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.EditStamps;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.i18n.LocalText;
import org.committeeacademy.venue.domain.Equipment;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.RoomBookings;
import org.committeeacademy.venue.domain.Venue;
import org.committeeacademy.venue.domain.VenueDetails;
import org.committeeacademy.venue.domain.VenueRepository;

/** VHS staff keep venues and rooms: create, edit, retire, and delete what no session ever used. */
@ApplicationScoped
@Transactional
public class VenueAdministration {

    @Inject
    VenueRepository venues;

    @Inject
    RoomBookings bookings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisations organisations;

    @Inject
    EditStamps stamps;

    /** Staff see the venues of their organisation, admins every venue. */
    @Transactional
    public List<Venue> all() {
        requireStaff();
        return currentUser.staffScope().map(venues::ofOrganisation).orElseGet(venues::all);
    }

    /** A venue of another organisation does not exist for staff. */
    @Transactional
    public Venue venue(long id) {
        requireStaff();
        Venue venue = venues.find(id).orElseThrow(() -> new NotFoundException("venue " + id));
        if (!currentUser.manages(venue.organisationId())) {
            throw currentUser.refusal();
        }
        return venue;
    }

    /**
     * A venue in the caller's organisation; an admin names the organisation instead (or, with none named, uses their
     * own if they have one).
     */
    public Venue create(VenueDetails details, Long requestedOrganisationId) {
        Account caller = requireStaff();
        details.validate();
        long organisationId = organisationFor(caller, requestedOrganisationId);
        return venues.add(new Venue(organisationId, details));
    }

    /** The organisations an admin may choose for a new venue; empty for staff, whose venues go to their own. */
    public List<Organisation> organisationChoices() {
        return currentUser.hasRole(Role.ADMIN) ? organisations.active() : List.of();
    }

    private long organisationFor(Account caller, Long requested) {
        if (caller.hasRole(Role.ADMIN) && requested != null) {
            return organisations.requireActive(requested, "organisationId").id();
        }
        if (caller.organisationId() == null) {
            throw new ValidationException("organisationId", "venue.organisation.required");
        }
        return organisations
                .requireActive(caller.organisationId(), "organisationId")
                .id();
    }

    public Venue edit(long id, VenueDetails details) {
        return edit(id, details, null);
    }

    /** Refused (StaleVersionException) when the venue was changed since the caller saw the expected version. */
    public Venue edit(long id, VenueDetails details, Long expectedVersion) {
        Venue venue = venue(id);
        stamps.edit(venue.lastChange(), expectedVersion);
        venue.edit(details);
        return venue;
    }

    public Room addRoom(long venueId, String name, int seats, Equipment equipment) {
        Venue venue = venue(venueId);
        Room room = venue.addRoom(name, seats, equipment);
        venues.add(venue);
        return room;
    }

    public Room editRoom(long venueId, long roomId, String name, int seats, Equipment equipment) {
        Venue venue = venue(venueId);
        Room room = room(venue, roomId);
        venue.editRoom(room, name, seats, equipment);
        return room;
    }

    public void retireRoom(long venueId, long roomId) {
        room(venue(venueId), roomId).retire();
    }

    public void reinstateRoom(long venueId, long roomId) {
        room(venue(venueId), roomId).reinstate();
    }

    /**
     * Deletes a room no session ever used. A room with sessions to come names them; one with past sessions only
     * keeps its history and can be retired instead.
     */
    public void deleteRoom(long venueId, long roomId) {
        Venue venue = venue(venueId);
        Room room = room(venue, roomId);
        List<LocalText> upcoming = bookings.upcoming(roomId, LocalDateTime.now(AcademyTime.ZONE));
        if (!upcoming.isEmpty()) {
            LocalText sessions = formats ->
                    String.join("; ", upcoming.stream().map(s -> s.in(formats)).toList());
            throw new ConflictException("room.delete.upcoming", room.name(), sessions);
        }
        if (bookings.everUsed(roomId)) {
            throw new ConflictException("room.delete.history", room.name());
        }
        venue.removeRoom(room);
    }

    private static Room room(Venue venue, long roomId) {
        return venue.room(roomId).orElseThrow(() -> new NotFoundException("room " + roomId));
    }

    private Account requireStaff() {
        return currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
    }
}
