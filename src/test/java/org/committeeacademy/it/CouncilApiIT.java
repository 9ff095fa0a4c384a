package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.committeeacademy.council.FakeOParlServer;
import org.committeeacademy.council.OParlFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A committee's council information system through the API, against a local OParl server this test starts (the
 * deployment runs with ACADEMY_OPARL_ALLOW_LOCAL=true): the URL set by staff, a sync, the meetings, a goal linked to
 * a paper with its consultations, and a system that fails without changing what was imported.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilApiIT {

    private static final String PASSWORD = "demo-password-2027";
    private static final String STAFF = basic("staff@example.org", PASSWORD);
    private static final String MEMBER = basic("member@example.org", PASSWORD);

    @ArquillianResource
    private URL base;

    private Http http;
    private FakeOParlServer oparl;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void client() throws Exception {
        Deployments.awaitAnswering(base);
        http = new Http(base.toURI());
        oparl = new FakeOParlServer(true);
    }

    @AfterEach
    void stop() {
        oparl.close();
    }

    @Test
    void staffSetTheBodySyncAndMembersSeeMeetingsAndTheirGoalsPaper() throws Exception {
        long bonn = committeeId("Integrationsrat Bonn");
        String input = "{\"bodyUrl\": \"%s\", \"motionDeadlineDays\": 14}".formatted(oparl.bodyUrl(base.getHost()));
        assertEquals(
                403,
                http.putJson(oparlPath(bonn), input, "Authorization", MEMBER).statusCode());
        HttpResponse<String> set = http.putJson(oparlPath(bonn), input, "Authorization", STAFF);
        assertEquals(200, set.statusCode(), set.body());

        HttpResponse<String> synced = http.postJson(oparlPath(bonn) + "/sync", "", "Authorization", STAFF);
        assertEquals(200, synced.statusCode(), synced.body());
        assertTrue(json(synced).getInt("meetings") >= 3, synced.body());
        assertTrue(json(synced).getInt("papers") >= 1, synced.body());

        String from = LocalDate.now().minusDays(60).toString();
        HttpResponse<String> meetings =
                http.get("/api/v1/committees/" + bonn + "/meetings?from=" + from, "Authorization", MEMBER);
        assertEquals(200, meetings.statusCode(), meetings.body());
        List<JsonObject> list = Http.parse(meetings.body()).asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(list.size() >= 3, meetings.body());
        JsonObject first = list.get(0);
        for (String field : List.of("id", "name", "start", "end", "location", "cancelled", "oparlId")) {
            assertTrue(first.containsKey(field), field + " in " + first);
        }
        for (int i = 1; i < list.size(); i++) {
            assertTrue(list.get(i - 1).getString("start").compareTo(list.get(i).getString("start")) <= 0, "by start");
        }
        assertNotNull(list.get(list.size() - 1).getString("motionDeadline"));

        JsonObject feed = json(http.get("/api/v1/me/calendar-feed", "Authorization", MEMBER));
        String ics =
                http.get(java.net.URI.create(feed.getString("url")).getPath()).body();
        assertTrue(ics.contains("CATEGORIES:COUNCIL"), "council dates in the member's feed, marked");
        assertTrue(ics.contains("5. Sitzung des Rates"), ics);

        Http browser = new Http(base.toURI());
        assertEquals(302, browser.formLogin("member@example.org", PASSWORD).statusCode());
        String home = browser.get("/member/home.xhtml").body();
        assertTrue(home.contains("id=\"councilDates\"") && home.contains("3. Sitzung des Integrationsrates"), home);

        JsonObject goal = Http.parse(
                        http.get("/api/v1/me/goals", "Authorization", MEMBER).body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(g -> g.getBoolean("mine"))
                .findFirst()
                .orElseThrow();
        String paperId = oparl.base(base.getHost()) + "/paper/30";
        HttpResponse<String> linked = http.putJson(
                "/api/v1/goals/" + goal.getInt("id") + "/paper",
                "{\"oparlId\": \"" + paperId + "\"}",
                "Authorization",
                MEMBER);
        assertEquals(200, linked.statusCode(), linked.body());
        JsonObject shown = Http.parse(
                        http.get("/api/v1/me/goals", "Authorization", MEMBER).body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(g -> g.getInt("id") == goal.getInt("id"))
                .findFirst()
                .orElseThrow();
        JsonObject paper = shown.getJsonObject("paper");
        assertEquals(OParlFixtures.PAPER_NAME, paper.getString("name"));
        assertEquals(OParlFixtures.PAPER_REFERENCE, paper.getString("reference"));
        assertEquals(2, paper.getJsonArray("consultations").size());
        assertTrue(paper.getJsonArray("consultations").getJsonObject(0).containsKey("result"));
        String goalsPage = browser.get("/member/goals.xhtml").body();
        assertTrue(goalsPage.contains(OParlFixtures.PAPER_REFERENCE), "the goal shows its paper");
        assertEquals(
                400,
                http.putJson(
                                "/api/v1/goals/" + goal.getInt("id") + "/paper",
                                "{\"oparlId\": \"https://elsewhere.example/paper/1\"}",
                                "Authorization",
                                MEMBER)
                        .statusCode(),
                "only imported papers of one's committee");
    }

    @Test
    void aFailingSystemGivesAClearErrorAndChangesNothing() throws Exception {
        String name = "Integrationsrat OParl " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.postJson("/api/v1/committees", """
                {"name": "%s", "municipality": "Siegburg", "ags": "05382056"}""".formatted(name), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getInt("id");
        assertEquals(
                400,
                http.putJson(oparlPath(id), "{\"bodyUrl\": \"ftp://x\"}", "Authorization", STAFF)
                        .statusCode());
        String input = "{\"bodyUrl\": \"%s\"}".formatted(oparl.bodyUrl(base.getHost()));
        assertEquals(
                200, http.putJson(oparlPath(id), input, "Authorization", STAFF).statusCode());
        assertEquals(
                200,
                http.postJson(oparlPath(id) + "/sync", "", "Authorization", STAFF)
                        .statusCode());
        String from = LocalDate.now().minusDays(60).toString();
        String before = http.get("/api/v1/committees/" + id + "/meetings?from=" + from, "Authorization", STAFF)
                .body();

        for (FakeOParlServer.Mode mode : List.of(FakeOParlServer.Mode.ERROR, FakeOParlServer.Mode.INVALID_JSON)) {
            oparl.mode(mode);
            HttpResponse<String> failed = http.postJson(oparlPath(id) + "/sync", "", "Authorization", STAFF);
            assertEquals(502, failed.statusCode(), mode + ": " + failed.body());
            assertTrue(json(failed).getString("detail").length() > 10, failed.body());
            assertEquals(
                    before,
                    http.get("/api/v1/committees/" + id + "/meetings?from=" + from, "Authorization", STAFF)
                            .body(),
                    mode + " changed nothing");
        }
        Http staffBrowser = new Http(base.toURI());
        assertEquals(302, staffBrowser.formLogin("staff@example.org", PASSWORD).statusCode());
        String committeesPage = staffBrowser.get("/staff/committees.xhtml").body();
        assertTrue(committeesPage.contains("id=\"council\""), "the staff's panel for the council system");
        JsonObject status = json(http.get(oparlPath(id), "Authorization", STAFF));
        assertEquals("council.error.invalid", status.getString("lastError"));
        assertEquals(
                403,
                http.get("/api/v1/committees/" + id + "/meetings", "Authorization", MEMBER)
                        .statusCode(),
                "not the member's committee");
    }

    private static String oparlPath(long committee) {
        return "/api/v1/committees/" + committee + "/oparl";
    }

    private long committeeId(String name) {
        return Http.parse(http.get("/api/v1/committees", "Authorization", STAFF).body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("name").equals(name))
                .findFirst()
                .orElseThrow()
                .getInt("id");
    }
}
