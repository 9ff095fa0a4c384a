package org.committeeacademy.calendar.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.committeeacademy.calendar.application.Calendars;
import org.committeeacademy.calendar.domain.CalendarFeed;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.config.AcademySettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Calendars")
@Path("/me/calendar-feed")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyCalendarFeedResource {

    public record FeedDto(String url, Instant createdAt) {}

    @Inject
    Calendars calendars;

    /** The caller's personal feed address (made on first use). */
    @Operation(operationId = "myCalendarFeed", summary = "Show the address of one's calendar feed")
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public FeedDto mine(@Context UriInfo uri) {
        return dto(calendars.myFeed(), uri);
    }

    /** A new address; the old one stops working at once. */
    @Operation(operationId = "renewMyCalendarFeed", summary = "Renew the secret address of one's calendar feed")
    @POST
    @Path("renew")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public FeedDto renew(@Context UriInfo uri) {
        return dto(calendars.renewMyFeed(), uri);
    }

    private static FeedDto dto(CalendarFeed feed, UriInfo uri) {
        String api = AcademySettings.current()
                .publicUrl()
                .map(site -> site + "/api/v1/")
                .orElse(uri.getBaseUri().toString());
        String base = api.endsWith("/") ? api : api + "/";
        return new FeedDto(base + "calendar-feeds/" + feed.token() + ".ics", feed.createdAt());
    }
}
