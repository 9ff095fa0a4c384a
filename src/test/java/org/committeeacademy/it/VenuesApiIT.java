package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The /venues API as staff and booking systems use it, on the packaged application with demo data. */
@ExtendWith(ArquillianExtension.class)
class VenuesApiIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String STAFF_KOELN = basic("staff-koeln@example.org", "demo-password-2027");
    private static final String MEMBER = basic("member@example.org", DEMO_PASSWORD);

    @ArquillianResource
    private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void client() throws Exception {
        Deployments.awaitAnswering(base);
        http = new Http(base.toURI());
    }

    private JsonObject createVenue(String name) {
        HttpResponse<String> created = http.postJson("/api/v1/venues", """
                {"name":"%s","address":"Mülheimer Platz 1, 53111 Bonn","contactEmail":"info@vhs-bonn.example",
                 "accessibility":{"stepFreeAccess":true,"accessibleToilet":false,"hearingLoop":true,"notes":"Aufzug"}}""".formatted(name), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject venue = json(created);
        assertTrue(created.headers()
                .firstValue("Location")
                .orElseThrow()
                .endsWith("/api/v1/venues/" + venue.getInt("id")));
        return venue;
    }

    private JsonObject addRoom(int venueId, String name) {
        HttpResponse<String> created =
                http.postJson("/api/v1/venues/" + venueId + "/rooms", """
                {"name":"%s","seats":16,"equipment":{"projector":true,"flipChart":false,"wifi":true}}""".formatted(name), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return json(created);
    }

    /** A venue on the list of Bonn's staff, or else of Köln's: each sees their own organisation's venues only. */
    private JsonObject venueNamed(String name) {
        return java.util.stream.Stream.of(STAFF, STAFF_KOELN)
                .flatMap(staff ->
                        Http.parse(http.get("/api/v1/venues", "Authorization", staff)
                                        .body())
                                .asJsonArray()
                                .stream())
                .map(JsonValue::asJsonObject)
                .filter(v -> v.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no venue " + name));
    }

    private static int roomId(JsonObject venue, String roomName) {
        return venue.getJsonArray("rooms").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("name").equals(roomName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no room " + roomName))
                .getInt("id");
    }

    @Test
    void staffCreateAVenueWithARoomAndFindItInTheList() {
        String name = "VHS Test " + UUID.randomUUID();
        JsonObject venue = createVenue(name);
        assertEquals("Mülheimer Platz 1", venue.getString("street"), "the one-line address is split");
        assertEquals("53111", venue.getString("postalCode"));
        assertTrue(venue.getJsonObject("accessibility").getBoolean("hearingLoop"));

        JsonObject room = addRoom(venue.getInt("id"), "Saal A");
        assertEquals(16, room.getInt("seats"));
        assertTrue(room.getJsonObject("equipment").getBoolean("projector"));
        assertFalse(room.getBoolean("retired"));

        JsonObject listed = venueNamed(name);
        assertEquals("Mülheimer Platz 1, 53111 Bonn", listed.getString("address"));
        assertEquals(room.getInt("id"), roomId(listed, "Saal A"));
    }

    @Test
    void staffEditAVenueAndRetireARoom() {
        JsonObject venue = createVenue("VHS Edit " + UUID.randomUUID());
        int id = venue.getInt("id");
        int room = addRoom(id, "Saal B").getInt("id");

        HttpResponse<String> edited = http.putJson(
                "/api/v1/venues/" + id,
                "{\"name\":\"VHS Umbenannt\",\"street\":\"Neuer Weg 2\",\"postalCode\":\"50667\",\"city\":\"Köln\"}",
                "Authorization",
                STAFF);
        HttpResponse<String> retired =
                http.postJson("/api/v1/venues/" + id + "/rooms/" + room + "/retire", "", "Authorization", STAFF);

        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("Neuer Weg 2, 50667 Köln", json(edited).getString("address"));
        assertEquals(200, retired.statusCode(), retired.body());
        assertTrue(json(retired).getBoolean("retired"));
    }

    @Test
    void invalidInputIsRefusedNamingTheField() {
        HttpResponse<String> noStreet = http.postJson(
                "/api/v1/venues",
                "{\"name\":\"VHS ohne Straße\",\"postalCode\":\"123\"}",
                "Authorization",
                STAFF,
                "Accept-Language",
                "en");
        HttpResponse<String> nullBody = http.postJson("/api/v1/venues", "null", "Authorization", STAFF);
        HttpResponse<String> emptyBody = http.postJson("/api/v1/venues", "", "Authorization", STAFF);
        HttpResponse<String> tooManySeats = http.postJson(
                "/api/v1/venues/" + venueNamed("VHS Köln – Forum am Neumarkt").getInt("id") + "/rooms",
                "{\"name\":\"Aula\",\"seats\":501}",
                "Authorization",
                STAFF_KOELN);

        assertEquals(400, noStreet.statusCode(), noStreet.body());
        assertTrue(noStreet.body().contains("\"field\":\"street\""), noStreet.body());
        assertTrue(noStreet.body().contains("A postal code has five digits."), noStreet.body());
        assertEquals(400, nullBody.statusCode(), nullBody.body());
        assertTrue(nullBody.body().contains("Bitte senden Sie einen JSON-Inhalt."), nullBody.body());
        assertEquals(400, emptyBody.statusCode(), emptyBody.body());
        assertTrue(emptyBody.body().contains("\"detail\""), emptyBody.body());
        assertEquals(400, tooManySeats.statusCode(), tooManySeats.body());
        assertTrue(tooManySeats.body().contains("\"field\":\"seats\""), tooManySeats.body());
    }

    @Test
    void onlyStaffMayUseTheVenuesApi() {
        HttpResponse<String> member = http.get("/api/v1/venues", "Authorization", MEMBER);
        HttpResponse<String> anonymous = http.get("/api/v1/venues");
        HttpResponse<String> memberCreates =
                http.postJson("/api/v1/venues", "{\"name\":\"X\",\"street\":\"Y\"}", "Authorization", MEMBER);

        assertEquals(403, member.statusCode(), member.body());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(403, memberCreates.statusCode(), memberCreates.body());
    }

    @Test
    void aRoomWithUpcomingSessionsIsNotDeletedAndTheAnswerNamesThem() {
        JsonObject koeln = venueNamed("VHS Köln – Forum am Neumarkt");
        String room = "/api/v1/venues/" + koeln.getInt("id") + "/rooms/" + roomId(koeln, "Seminarraum 3.07");

        HttpResponse<String> refused = http.delete(room, "Authorization", STAFF_KOELN);

        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Köln – Frühjahrskurs"), refused.body());
        assertEquals(200, http.get(room, "Authorization", STAFF_KOELN).statusCode(), "the room is still there");
        assertEquals(404, http.delete(room, "Authorization", STAFF).statusCode(), "Bonn's staff do not see it");
    }

    @Test
    void aFreshRoomIsDeleted() {
        int venue = createVenue("VHS Delete " + UUID.randomUUID()).getInt("id");
        String room =
                "/api/v1/venues/" + venue + "/rooms/" + addRoom(venue, "Saal C").getInt("id");

        HttpResponse<String> deleted = http.delete(room, "Authorization", STAFF);

        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(404, http.get(room, "Authorization", STAFF).statusCode());
    }
}
