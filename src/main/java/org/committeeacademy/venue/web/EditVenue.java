package org.committeeacademy.venue.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.venue.application.VenueAdministration;
import org.committeeacademy.venue.domain.Venue;

/** The venue editor (staff/venue.xhtml): the venue's details and, once saved, its rooms. Without ?id= a new venue. */
@Named
@ViewScoped
public class EditVenue implements Serializable {

    @Inject
    VenueAdministration venues;

    @Inject
    PageMessages messages;

    private Long id;
    private boolean missing;
    private VenueForm form = new VenueForm();
    private List<RoomRow> rooms = List.of();
    private RoomForm room = new RoomForm();

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (param == null || param.isBlank()) {
            return;
        }
        try {
            Venue venue = venues.venue(Long.parseLong(param.strip()));
            id = venue.id();
            form = VenueForm.of(venue.details());
            showRooms(venue);
        } catch (NumberFormatException | NotFoundException e) {
            missing = true;
        }
    }

    /** A new venue opens in its own editor (with ?id=), where rooms can be added. */
    public String save() {
        try {
            if (id == null) {
                Venue created = venues.create(form.toDetails());
                messages.info("venue.created", created.name());
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getFlash()
                        .setKeepMessages(true);
                return "/staff/venue.xhtml?faces-redirect=true&id=" + created.id();
            }
            venues.edit(id, form.toDetails());
            messages.info("venue.saved");
        } catch (ValidationException e) {
            messages.errors(e, "venueForm:");
        }
        return null;
    }

    public void saveRoom() {
        try {
            String name = room.getName();
            if (room.isEditing()) {
                venues.editRoom(id, room.getRoomId(), name, room.seatCount(), room.equipment());
                messages.info("room.saved", name.strip());
            } else {
                venues.addRoom(id, name, room.seatCount(), room.equipment());
                messages.info("room.added", name.strip());
            }
            room = new RoomForm();
            showRooms(venues.venue(id));
        } catch (ValidationException e) {
            messages.errors(e, "roomForm:");
        }
    }

    public void editRoom(RoomRow row) {
        room = RoomForm.of(row);
    }

    public void cancelRoom() {
        room = new RoomForm();
    }

    public void retire(RoomRow row) {
        venues.retireRoom(id, row.id());
        messages.info("room.retiredNotice", row.name());
        showRooms(venues.venue(id));
    }

    public void reinstate(RoomRow row) {
        venues.reinstateRoom(id, row.id());
        messages.info("room.reinstated", row.name());
        showRooms(venues.venue(id));
    }

    public void delete(RoomRow row) {
        try {
            venues.deleteRoom(id, row.id());
            messages.info("room.deleted", row.name());
            if (room.isEditing() && room.getRoomId() == row.id()) {
                room = new RoomForm();
            }
            showRooms(venues.venue(id));
        } catch (ConflictException e) {
            messages.error(null, e.messageKey(), e.arguments());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private void showRooms(Venue venue) {
        rooms = venue.rooms().stream().map(RoomRow::of).toList();
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public boolean isMissing() {
        return missing;
    }

    public VenueForm getForm() {
        return form;
    }

    public List<RoomRow> getRooms() {
        return rooms;
    }

    public RoomForm getRoom() {
        return room;
    }
}
