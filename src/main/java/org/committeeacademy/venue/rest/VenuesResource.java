package org.committeeacademy.venue.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;
import org.committeeacademy.shared.rest.EntityTags;
import org.committeeacademy.venue.application.VenueAdministration;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;
import org.committeeacademy.venue.rest.VenueDto.RoomDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Venues and their rooms for VHS staff and their booking systems. */
@Tag(name = "Venues")
@Path("/venues")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class VenuesResource {

    /** The domain's field names where the JSON calls them differently. */
    private static final Map<String, String> JSON_FIELDS =
            Map.of("roomName", "name", "accessibilityNotes", "accessibility.notes");

    @Inject
    VenueAdministration venues;

    @Operation(operationId = "listVenues", summary = "List venues")
    @GET
    public List<VenueDto> all() {
        return venues.all().stream().map(VenueDto::of).toList();
    }

    @Operation(operationId = "getVenue", summary = "Read one venue with its rooms")
    @GET
    @Path("{id}")
    public VenueDto one(@PathParam("id") long id) {
        return VenueDto.of(venues.venue(id));
    }

    @Operation(operationId = "createVenue", summary = "Create a venue")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "VenueDto")))
    @POST
    public Response create(VenueInput body, @Context UriInfo uri) {
        Venue venue = inJsonTerms(() -> venues.create(required(body).toDetails(), body.organisationId()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(venue.id().toString()).build())
                .entity(VenueDto.of(venue))
                .build();
    }

    @Operation(operationId = "editVenue", summary = "Change a venue")
    @PUT
    @Path("{id}")
    public VenueDto edit(@PathParam("id") long id, VenueInput body, @HeaderParam("If-Match") String ifMatch) {
        Long expected = EntityTags.expected(ifMatch);
        return VenueDto.of(inJsonTerms(() -> venues.edit(id, required(body).toDetails(), expected)));
    }

    @Operation(operationId = "getRoom", summary = "Read one room")
    @GET
    @Path("{id}/rooms/{roomId}")
    public RoomDto room(@PathParam("id") long id, @PathParam("roomId") long roomId) {
        return venues.venue(id).rooms().stream()
                .filter(r -> r.id() == roomId)
                .findFirst()
                .map(RoomDto::of)
                .orElseThrow(() -> new NotFoundException("room " + roomId));
    }

    @Operation(operationId = "addRoom", summary = "Add a room to a venue")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "RoomDto")))
    @POST
    @Path("{id}/rooms")
    public Response addRoom(@PathParam("id") long id, RoomInput body, @Context UriInfo uri) {
        RoomInput room = required(body);
        room.requireSeats();
        Room added = inJsonTerms(() -> venues.addRoom(id, room.name(), room.seats(), room.toEquipment()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(RoomDto.of(added))
                .build();
    }

    @Operation(operationId = "editRoom", summary = "Change a room")
    @PUT
    @Path("{id}/rooms/{roomId}")
    public RoomDto editRoom(@PathParam("id") long id, @PathParam("roomId") long roomId, RoomInput body) {
        RoomInput room = required(body);
        room.requireSeats();
        return RoomDto.of(
                inJsonTerms(() -> venues.editRoom(id, roomId, room.name(), room.seats(), room.toEquipment())));
    }

    @Operation(operationId = "retireRoom", summary = "Retire a room")
    @POST
    @Path("{id}/rooms/{roomId}/retire")
    public RoomDto retireRoom(@PathParam("id") long id, @PathParam("roomId") long roomId) {
        venues.retireRoom(id, roomId);
        return room(id, roomId);
    }

    @Operation(operationId = "reinstateRoom", summary = "Reinstate a retired room")
    @POST
    @Path("{id}/rooms/{roomId}/reinstate")
    public RoomDto reinstateRoom(@PathParam("id") long id, @PathParam("roomId") long roomId) {
        venues.reinstateRoom(id, roomId);
        return room(id, roomId);
    }

    /** 204 once deleted; 409 naming the sessions to come, or when past sessions used the room. */
    @Operation(operationId = "deleteRoom", summary = "Delete a room that was never used")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @DELETE
    @Path("{id}/rooms/{roomId}")
    public void deleteRoom(@PathParam("id") long id, @PathParam("roomId") long roomId) {
        venues.deleteRoom(id, roomId);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "api.body.required");
        }
        return body;
    }

    private static <T> T inJsonTerms(Supplier<T> action) {
        try {
            return action.get();
        } catch (ValidationException e) {
            throw new ValidationException(e.violations().stream()
                    .map(v -> new Violation(JSON_FIELDS.getOrDefault(v.field(), v.field()), v.messageKey()))
                    .toList());
        }
    }
}
