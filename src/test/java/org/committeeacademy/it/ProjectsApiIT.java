package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Local projects over the API: made from the module-4 canvas of a member's worksheet, seen by the committee's
 * confirmed members, its people, the cohort's trainers and staff of the organisation, and by nobody else (404, also
 * staff of VHS Köln and a trainer of another cohort); changed by its coordinators only. Data of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsApiIT {

    private static final String STAFF = WorksheetFixture.STAFF;
    private static final String KOELN_STAFF = basic("staff-koeln@example.org", WorksheetFixture.DEMO_PASSWORD);
    private static final String TRAINER = WorksheetFixture.TRAINER;
    private static final String OTHER_TRAINER = basic("jonas.becker@example.org", WorksheetFixture.DEMO_PASSWORD);

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

    @Test
    void aProjectFromTheCanvasIsSeenByItsCommitteeAndPeopleAndChangedByItsCoordinators() {
        WorksheetFixture fixture = new WorksheetFixture(http);
        long cohort = fixture.newCohort();
        String owner = auth(fixture.newMemberEmail(cohort));
        String colleague = auth(fixture.newMemberEmail(cohort));
        String outsiderEmail = fixture.newMemberEmail(cohort);
        String outsider = auth(outsiderEmail);
        long committee = committee();
        join(owner, committee);
        join(colleague, committee);
        join(outsider, committee());

        long canvas = canvas(owner);
        String place = "Bolzplatz Talweg " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> saved =
                http.putJson("/api/v1/worksheets/" + canvas, """
                {"answers": {"place": "%s", "problem": "Das Tor ist kaputt.", "affected": "Kinder",
                 "participants": [{"who": "Jugendtreff", "background": "neu im Ort", "project-role": "Botschafter"}],
                 "first-steps": [{"step": "Ortstermin", "responsible": "Amina", "by-when": "Mai"}],
                 "success-looks": "Ein Turnier", "success-feels": "Man kennt sich"}}""".formatted(place), "Authorization", owner);
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject prefilled = Http.json(http.get("/api/v1/projects/canvas/" + canvas, "Authorization", owner));
        assertEquals(place, prefilled.getString("title"));
        assertEquals("Jugendtreff (neu im Ort)", prefilled.getString("takingPart"));
        assertEquals("1. Ortstermin – Amina Mai", prefilled.getString("firstSteps"));
        assertEquals(
                404,
                http.get("/api/v1/projects/canvas/" + canvas, "Authorization", colleague)
                        .statusCode());

        HttpResponse<String> created =
                http.postJson("/api/v1/projects", """
                {"title": "Unser Bolzplatz", "place": "%s", "problem": "Das Tor ist kaputt.", "worksheetId": %d}""".formatted(place, canvas), "Authorization", owner);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject project = Http.json(created);
        long id = project.getJsonNumber("id").longValue();
        assertEquals("IDEA", project.getString("status"));
        assertEquals(committee, project.getJsonNumber("committeeId").longValue());
        assertTrue(project.getBoolean("mayCoordinate"));
        String path = "/api/v1/projects/" + id;

        for (String allowed : new String[] {owner, colleague, TRAINER, STAFF}) {
            assertEquals(200, http.get(path, "Authorization", allowed).statusCode());
        }
        for (String refused : new String[] {outsider, KOELN_STAFF, OTHER_TRAINER}) {
            assertEquals(404, http.get(path, "Authorization", refused).statusCode());
            assertFalse(http.get("/api/v1/projects", "Authorization", refused)
                    .body()
                    .contains("\"id\":" + id + ","));
        }
        assertTrue(
                http.get("/api/v1/projects", "Authorization", colleague).body().contains("Unser Bolzplatz"));

        assertEquals(
                403,
                http.putJson(path + "/status", "{\"status\": \"PLANNING\"}", "Authorization", colleague)
                        .statusCode());
        assertEquals(
                404,
                http.putJson(path + "/status", "{\"status\": \"PLANNING\"}", "Authorization", outsider)
                        .statusCode());
        HttpResponse<String> skipped = http.putJson(path + "/status", "{\"status\": \"DONE\"}", "Authorization", owner);
        assertEquals(400, skipped.statusCode(), skipped.body());
        assertTrue(skipped.body().contains("\"field\":\"status\""), skipped.body());
        HttpResponse<String> running =
                http.putJson(path + "/status", "{\"status\": \"RUNNING\"}", "Authorization", owner);
        assertEquals(200, running.statusCode(), running.body());
        assertEquals(
                LocalDate.now(ZoneId.of("Europe/Berlin")).toString(),
                Http.json(running).getString("startedOn"));
        HttpResponse<String> early = http.postJson(path + "/check-ins", """
                {"checkpoint": 3, "rating": 1, "strangersTogether": "YES", "newcomersLed": "NO"}""", "Authorization", owner);
        assertEquals(400, early.statusCode(), early.body());

        HttpResponse<String> added =
                http.postJson(path + "/participants", """
                {"email": "%s", "role": "AMBASSADOR"}""".formatted(outsiderEmail), "Authorization", owner);
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(200, http.get(path, "Authorization", outsider).statusCode(), "a participant of another committee");
        HttpResponse<String> described =
                http.putJson(path + "/participants/me", "{\"residence\": \"NEW_HERE\"}", "Authorization", outsider);
        assertEquals(200, described.statusCode(), described.body());
        assertTrue(described.body().contains("\"residence\":\"NEW_HERE\""), described.body());
        HttpResponse<String> posted =
                http.postJson(path + "/updates", "{\"text\": \"Das Tor steht wieder.\"}", "Authorization", outsider);
        assertEquals(201, posted.statusCode(), posted.body());
        assertTrue(http.get(path, "Authorization", colleague).body().contains("Das Tor steht wieder."));
        assertEquals(
                403,
                http.postJson(path + "/updates", "{\"text\": \"x\"}", "Authorization", colleague)
                        .statusCode());
        assertEquals(
                404,
                http.postJson(path + "/participants/me", "{}", "Authorization", OTHER_TRAINER)
                        .statusCode());
        HttpResponse<String> joined = http.postJson(path + "/participants/me", "{}", "Authorization", colleague);
        assertEquals(200, joined.statusCode(), joined.body());
        assertTrue(Http.json(joined).getBoolean("participant"));
        assertEquals(
                201,
                http.postJson(path + "/updates", "{\"text\": \"Ich bin dabei.\"}", "Authorization", colleague)
                        .statusCode());
        HttpResponse<String> tooLong =
                http.postJson(path + "/updates", "{\"text\": \"" + "x".repeat(2001) + "\"}", "Authorization", outsider);
        assertEquals(400, tooLong.statusCode(), tooLong.body());
    }

    @Test
    void refusesIncompleteProjectsAndMembersWithoutACommittee() {
        WorksheetFixture fixture = new WorksheetFixture(http);
        long cohort = fixture.newCohort();
        String member = auth(fixture.newMemberEmail(cohort));
        HttpResponse<String> nothing = http.postJson("/api/v1/projects", "{}", "Authorization", member);
        assertEquals(400, nothing.statusCode(), nothing.body());
        for (String field : new String[] {"title", "place", "problem"}) {
            assertTrue(nothing.body().contains("\"field\":\"" + field + "\""), nothing.body());
        }
        HttpResponse<String> noCommittee = http.postJson("/api/v1/projects", """
                {"title": "Wiese", "place": "Am Bach", "problem": "Müll"}""", "Authorization", member);
        assertEquals(400, noCommittee.statusCode(), noCommittee.body());
        assertTrue(noCommittee.body().contains("\"field\":\"committeeId\""), noCommittee.body());
        assertEquals(
                403,
                http.postJson("/api/v1/projects", "{}", "Authorization", STAFF).statusCode());
        assertEquals(
                404,
                http.get("/api/v1/projects/999999999", "Authorization", member).statusCode());
    }

    private String auth(String email) {
        return basic(email, WorksheetFixture.PASSWORD);
    }

    private long committee() {
        HttpResponse<String> created = http.postJson(
                "/api/v1/committees",
                """
                {"name": "Integrationsrat Projekt %s", "municipality": "Bonn", "ags": "05314000"}""".formatted(UUID.randomUUID().toString().substring(0, 8)),
                "Authorization",
                STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private void join(String member, long committee) {
        long id = Http.json(http.get("/api/v1/me", "Authorization", member))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> joined = http.putJson(
                "/api/v1/accounts/" + id + "/committee",
                "{\"committeeId\": " + committee + "}",
                "Authorization",
                STAFF);
        assertEquals(200, joined.statusCode(), joined.body());
    }

    private long canvas(String member) {
        HttpResponse<String> mine = http.get("/api/v1/me/worksheets", "Authorization", member);
        return Http.parse(mine.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("templateKey").equals("outreach-and-project"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no module-4 worksheet: " + mine.body()))
                .getJsonNumber("id")
                .longValue();
    }
}
