package org.committeeacademy.venue.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
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
    private List<OrganisationChoice> organisationChoices = List.of();
    private Long organisationId;

    /** The version the form was filled from: saving over a colleague's later change is refused, naming them. */
    private long version;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (param == null || param.isBlank()) {
            organisationChoices = venues.organisationChoices().stream()
                    .map(OrganisationChoice::of)
                    .toList();
            return;
        }
        try {
            Venue venue = venues.venue(Long.parseLong(param.strip()));
            id = venue.id();
            form = VenueForm.of(venue.details());
            version = venue.lastChange().version();
            showRooms(venue);
        } catch (NumberFormatException | NotFoundException e) {
            missing = true;
        }
    }

    /** A new venue opens in its own editor (with ?id=), where rooms can be added. */
    public String save() {
        Refusals refusals = Refusals.fieldsAt("venueForm:");
        if (id == null) {
            return messages.result(() -> venues.create(form.toDetails(), organisationId), refusals)
                    .map(this::opened)
                    .orElse(null);
        }
        messages.result(() -> venues.edit(id, form.toDetails(), version), refusals)
                .ifPresent(saved -> {
                    version = saved.lastChange().version();
                    messages.info("venue.saved");
                });
        return null;
    }

    private String opened(Venue created) {
        messages.info("venue.created", created.name());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/venue.xhtml?faces-redirect=true&id=" + created.id();
    }

    public void saveRoom() {
        String name = room.getName();
        boolean editing = room.isEditing();
        Runnable save = editing
                ? () -> venues.editRoom(id, room.getRoomId(), name, room.seatCount(), room.equipment())
                : () -> venues.addRoom(id, name, room.seatCount(), room.equipment());
        if (messages.attempt(save, Refusals.fieldsAt("roomForm:"))) {
            messages.info(editing ? "room.saved" : "room.added", name.strip());
            room = new RoomForm();
            showRooms(venues.venue(id));
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
        if (messages.attempt(
                () -> venues.deleteRoom(id, row.id()), Refusals.onPage().keepingTheForm())) {
            messages.info("room.deleted", row.name());
            if (room.isEditing() && room.getRoomId() == row.id()) {
                room = new RoomForm();
            }
            showRooms(venues.venue(id));
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

    /** The organisations an admin chooses from for a new venue; staff's venues go to their own, without a choice. */
    public List<OrganisationChoice> getOrganisationChoices() {
        return organisationChoices;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    /** An unknown venue, or one of another organisation, answers 404 like every page with an id (a view action). */
    public void answerIfMissing() throws java.io.IOException {
        if (missing) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }
}
