package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No lost updates: ETag on GET and on the answer to PUT, If-Match honoured (412 on a stale version, naming who changed
 * it), no If-Match still works as in the first wave; and the venue page says "Inzwischen von … geändert" and keeps
 * what was typed instead of overwriting a colleague's change.
 */
@ExtendWith(ArquillianExtension.class)
class EditConflictsIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);

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

    private long newVenue() {
        HttpResponse<String> created =
                http.postJson("/api/v1/venues", """
                {"name":"Etag-Haus %s","street":"Markt 1","postalCode":"53111","city":"Bonn"}""".formatted(UUID.randomUUID()), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private static String venueBody(String name) {
        return "{\"name\":\"%s\",\"street\":\"Markt 2\",\"postalCode\":\"53111\",\"city\":\"Bonn\"}".formatted(name);
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response));
    }

    private String nameOf(String auth) {
        return json(http.get("/api/v1/me", "Authorization", auth)).getString("name");
    }

    @Test
    void aVenueIsUpdatedWithItsETagAndAStaleOneIsRefusedNamingWhoChangedIt() {
        long id = newVenue();
        HttpResponse<String> read = http.get("/api/v1/venues/" + id, "Authorization", STAFF);
        assertEquals(200, read.statusCode());
        String tag = etag(read);
        assertEquals("\"" + json(read).getJsonNumber("version").longValue() + "\"", tag);

        HttpResponse<String> matching = http.putJson(
                "/api/v1/venues/" + id, venueBody("Erste Fassung"), "Authorization", ADMIN, "If-Match", tag);
        assertEquals(200, matching.statusCode(), matching.body());
        String newer = etag(matching);
        assertTrue(!newer.equals(tag), "the answer to PUT carries the new version");
        assertEquals(newer, etag(http.get("/api/v1/venues/" + id, "Authorization", STAFF)));

        HttpResponse<String> stale = http.putJson(
                "/api/v1/venues/" + id, venueBody("Zweite Fassung"), "Authorization", STAFF, "If-Match", tag);
        assertEquals(412, stale.statusCode(), stale.body());
        assertTrue(stale.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(json(stale).getString("detail").contains(nameOf(ADMIN)), stale.body());
        assertEquals(newer, etag(stale), "the 412 names the current version");
        assertEquals(
                "Erste Fassung",
                json(http.get("/api/v1/venues/" + id, "Authorization", STAFF)).getString("name"));

        HttpResponse<String> weak = http.putJson(
                "/api/v1/venues/" + id, venueBody("Dritte Fassung"), "Authorization", STAFF, "If-Match", "W/" + newer);
        assertEquals(200, weak.statusCode(), weak.body());

        HttpResponse<String> firstWave =
                http.putJson("/api/v1/venues/" + id, venueBody("Ohne If-Match"), "Authorization", STAFF);
        assertEquals(200, firstWave.statusCode(), "a client of the first wave sends no If-Match and still works");
        assertEquals("Ohne If-Match", json(firstWave).getString("name"));

        HttpResponse<String> nonsense =
                http.putJson("/api/v1/venues/" + id, venueBody("Unsinn"), "Authorization", STAFF, "If-Match", "abc");
        assertEquals(400, nonsense.statusCode(), nonsense.body());
    }

    @Test
    void aCohortsETagMovesWithItsTermsButNotWithEnrolments() {
        WorksheetFixture fixture = new WorksheetFixture(http);
        long cohort = fixture.newCohort();
        String tag = etag(http.get("/api/v1/cohorts/" + cohort, "Authorization", STAFF));
        fixture.newMemberEmail(cohort);
        assertEquals(
                tag, etag(http.get("/api/v1/cohorts/" + cohort, "Authorization", STAFF)), "an enrolment is no edit");

        JsonObject before = json(http.get("/api/v1/cohorts/" + cohort, "Authorization", STAFF));
        String terms = """
                {"title": "%s – neu", "capacity": 9, "enrolmentOpens": "%s", "enrolmentCloses": "%s"}""".formatted(
                before.getString("title"), before.getString("enrolmentOpens"), before.getString("enrolmentCloses"));
        HttpResponse<String> revised =
                http.putJson("/api/v1/cohorts/" + cohort, terms, "Authorization", STAFF, "If-Match", tag);
        assertEquals(200, revised.statusCode(), revised.body());
        assertEquals(9, json(revised).getInt("capacity"));
        HttpResponse<String> stale =
                http.putJson("/api/v1/cohorts/" + cohort, terms, "Authorization", STAFF, "If-Match", tag);
        assertEquals(412, stale.statusCode(), stale.body());
        assertTrue(json(stale).getString("detail").contains(nameOf(STAFF)), stale.body());
    }

    @Test
    void aWorksheetSavedElsewhereMeanwhileIsNotOverwritten() {
        WorksheetFixture fixture = new WorksheetFixture(http);
        long cohort = fixture.newCohort();
        String member = basic(fixture.newMemberEmail(cohort), WorksheetFixture.PASSWORD);
        long worksheet = fixture.goalSetting(member);
        String tag = etag(http.get("/api/v1/worksheets/" + worksheet, "Authorization", member));

        HttpResponse<String> saved = http.putJson(
                "/api/v1/worksheets/" + worksheet, "{\"answers\":{}}", "Authorization", member, "If-Match", tag);
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> stale = http.putJson(
                "/api/v1/worksheets/" + worksheet, "{\"answers\":{}}", "Authorization", member, "If-Match", tag);
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(etag(saved), etag(stale));
    }

    @Test
    void theVenuePageSaysWhoChangedItMeanwhileAndKeepsWhatWasTyped() throws Exception {
        long id = newVenue();
        assertEquals(302, http.formLogin("staff@example.org", DEMO_PASSWORD).statusCode());
        String path = "/staff/venue.xhtml?id=" + id;
        HttpResponse<String> page = http.get(path);
        assertEquals(200, page.statusCode());

        Http colleague = new Http(base.toURI());
        assertEquals(
                200,
                colleague
                        .putJson("/api/v1/venues/" + id, venueBody("Von der Kollegin"), "Authorization", ADMIN)
                        .statusCode());

        HttpResponse<String> answer = http.submit(
                page.body(),
                path,
                Map.of(
                        "venueForm", "venueForm",
                        "venueForm:name", "Meine Eingabe",
                        "venueForm:street", "Markt 3",
                        "venueForm:postalCode", "53111",
                        "venueForm:city", "Bonn",
                        "venueForm:save", ""));
        assertEquals(200, answer.statusCode(), answer.body());
        String adminName = nameOf(ADMIN);
        assertTrue(answer.body().contains("Inzwischen von " + adminName + " geändert"), answer.body());
        assertTrue(answer.body().contains("value=\"Meine Eingabe\""), "what was typed stays in the form");
        assertTrue(answer.body().contains("Neu laden"), "a way to load the saved version");
        assertEquals(
                "Von der Kollegin",
                json(http.get("/api/v1/venues/" + id, "Authorization", STAFF)).getString("name"),
                "nothing was overwritten");
    }
}
