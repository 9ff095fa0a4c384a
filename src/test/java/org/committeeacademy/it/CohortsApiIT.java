package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cohort and session API on Payara Micro: creating cohorts, scheduling, clashes (409), access by role. */
@ExtendWith(ArquillianExtension.class)
class CohortsApiIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String MEMBER = basic("member@example.org", DEMO_PASSWORD);
    private static final String TRAINER = basic("trainer@example.org", DEMO_PASSWORD);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @ArquillianResource
    private URL base;

    private Http http;
    private DemoApi demo;

    private static jakarta.json.JsonValue json(String body) {
        return Http.parse(body);
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void client() throws Exception {
        Deployments.awaitAnswering(base);
        http = new Http(base.toURI());
        demo = new DemoApi(http);
    }

    private JsonObject demoCohort(String title) {
        for (JsonObject cohort :
                json(http.get("/api/v1/cohorts").body()).asJsonArray().getValuesAs(JsonObject.class)) {
            if (cohort.getString("title").equals(title)) {
                return cohort;
            }
        }
        throw new AssertionError("no open cohort " + title);
    }

    private long createCohort(long venueId, String extra) {
        HttpResponse<String> created = demo.createCohort("API-Kurs", venueId, extra);
        assertTrue(created.headers().firstValue("Location").orElseThrow().contains("/api/v1/cohorts/"));
        return json(created.body()).asJsonObject().getJsonNumber("id").longValue();
    }

    @Test
    void staffCreateACohortAsDraftWithTheDefaultsAndScheduleASession() {
        JsonObject bonn = demo.venue("VHS Bonn – Haus der Bildung");
        long cohortId = createCohort(bonn.getJsonNumber("id").longValue(), "");

        JsonObject draft = json(http.get("/api/v1/cohorts/" + cohortId, "Authorization", STAFF)
                        .body())
                .asJsonObject();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("IN_PERSON", draft.getString("format"));
        assertEquals(8, draft.getInt("capacity"));
        assertEquals(0, draft.getJsonNumber("fee").intValue());

        LocalDate day = TODAY.plusDays(200);
        HttpResponse<String> scheduled = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/sessions",
                DemoApi.session(
                        demo.module(0), day, "10:00", "16:00", String.valueOf(DemoApi.roomId(bonn, "Raum 2.14"))),
                "Authorization",
                STAFF);

        assertEquals(201, scheduled.statusCode(), scheduled.body());
        JsonObject s = json(scheduled.body()).asJsonObject();
        assertEquals(demo.module(0), s.getString("moduleKey"));
        assertTrue(s.getString("start").startsWith(day + "T10:00"), s.getString("start"));
        assertFalse(s.getJsonArray("trainerIds") == null);
        JsonArray sessions = json(http.get("/api/v1/cohorts/" + cohortId + "/sessions", "Authorization", STAFF)
                        .body())
                .asJsonArray();
        assertEquals(1, sessions.size());
    }

    @Test
    void aRoomBookedAtAnOverlappingTimeIsRefusedWith409NamingTheClash() {
        JsonObject bonn = demo.venue("VHS Bonn – Haus der Bildung");
        long cohortId = createCohort(bonn.getJsonNumber("id").longValue(), "");
        long b06 = DemoApi.roomId(bonn, "B06");
        LocalDate demoToday = demo.demoToday();

        // the demo's running cohort meets in B06 on the demo data's "today", 10:00–16:00
        HttpResponse<String> clash = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/sessions",
                DemoApi.session(demo.module(0), demoToday, "15:00", "18:00", String.valueOf(b06)),
                "Authorization",
                STAFF,
                "Accept-Language",
                "de");

        assertEquals(409, clash.statusCode(), clash.body());
        String detail = json(clash.body()).asJsonObject().getString("detail");
        assertTrue(detail.contains("Bonn – Samstagsreihe") && detail.contains("B06"), detail);

        HttpResponse<String> backToBack = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/sessions",
                DemoApi.session(demo.module(0), demoToday, "16:00", "18:00", String.valueOf(b06)),
                "Authorization",
                STAFF);
        assertEquals(
                201,
                backToBack.statusCode(),
                "ending at 16:00 and starting at 16:00 do not clash: " + backToBack.body());
    }

    @Test
    void aTrainerBookedElsewhereIsRefusedWith409() {
        JsonObject bonn = demo.venue("VHS Bonn – Haus der Bildung");
        long trainerId = json(http.get("/api/v1/me", "Authorization", TRAINER).body())
                .asJsonObject()
                .getJsonNumber("id")
                .longValue();
        long cohortId = createCohort(bonn.getJsonNumber("id").longValue(), ", \"trainerIds\": [" + trainerId + "]");

        HttpResponse<String> clash = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/sessions",
                DemoApi.session(
                        demo.module(0),
                        demo.demoToday(),
                        "11:00",
                        "12:00",
                        String.valueOf(DemoApi.roomId(bonn, "Raum 2.14"))),
                "Authorization",
                STAFF,
                "Accept-Language",
                "en");

        assertEquals(409, clash.statusCode(), clash.body());
        String detail = json(clash.body()).asJsonObject().getString("detail");
        assertTrue(detail.contains("Leyla Demir") && detail.contains("Bonn – Samstagsreihe"), detail);
    }

    @Test
    void invalidValuesAreRefusedWithTheFieldNamed() {
        JsonObject bonn = demo.venue("VHS Bonn – Haus der Bildung");
        HttpResponse<String> tooBig = http.postJson(
                "/api/v1/cohorts",
                """
                {"seriesId": %d, "venueId": %d, "title": "Zu groß", "capacity": 31}""".formatted(demo.seriesId(), bonn.getJsonNumber("id").longValue()),
                "Authorization",
                STAFF);
        assertEquals(400, tooBig.statusCode(), tooBig.body());
        assertEquals(
                "capacity",
                json(tooBig.body())
                        .asJsonObject()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));

        long cohortId = createCohort(bonn.getJsonNumber("id").longValue(), "");
        LocalDate day = TODAY.plusDays(210);
        HttpResponse<String> backwards = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/sessions",
                DemoApi.session(
                        demo.module(0), day, "16:00", "10:00", String.valueOf(DemoApi.roomId(bonn, "Raum 2.14"))),
                "Authorization",
                STAFF);
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertEquals(
                "end",
                json(backwards.body())
                        .asJsonObject()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));

        HttpResponse<String> tooSmall = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/sessions",
                DemoApi.session(demo.module(0), day, "10:00", "16:00", String.valueOf(DemoApi.roomId(bonn, "B06"))),
                "Authorization",
                STAFF);
        assertEquals(201, tooSmall.statusCode(), "B06 has 12 seats for 8 places: " + tooSmall.body());
        HttpResponse<String> bigger = http.putJson("/api/v1/cohorts/" + cohortId, """
                {"title": "Größer", "capacity": 15}""", "Authorization", STAFF);
        assertEquals(400, bigger.statusCode(), "15 places do not fit B06 (12 seats): " + bigger.body());
        HttpResponse<String> lateWindow = http.putJson(
                "/api/v1/cohorts/" + cohortId, """
                {"title": "Spät", "enrolmentOpens": "%s", "enrolmentCloses": "%s"}""".formatted(TODAY, day.plusDays(1)), "Authorization", STAFF);
        assertEquals(400, lateWindow.statusCode(), lateWindow.body());
        assertEquals(
                "enrolmentCloses",
                json(lateWindow.body())
                        .asJsonObject()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));
    }

    @Test
    void movingAndCancellingSessionsOfACohortWithPeopleIsRecordedAndCancellingTheCohortFreesTheRoom() {
        JsonObject bonn = demo.venue("VHS Bonn – Haus der Bildung");
        long room = DemoApi.roomId(bonn, "Raum 2.14");
        long cohortId = createCohort(bonn.getJsonNumber("id").longValue(), ", \"status\": \"OPEN\"");
        LocalDate day = TODAY.plusDays(220);
        long sessionId = json(http.postJson(
                                "/api/v1/cohorts/" + cohortId + "/sessions",
                                DemoApi.session(demo.module(0), day, "10:00", "16:00", String.valueOf(room)),
                                "Authorization",
                                STAFF)
                        .body())
                .asJsonObject()
                .getJsonNumber("id")
                .longValue();

        HttpResponse<String> moved = http.putJson(
                "/api/v1/sessions/" + sessionId,
                DemoApi.session(demo.module(0), day.plusDays(1), "10:00", "16:00", String.valueOf(room)),
                "Authorization",
                STAFF);
        assertEquals(200, moved.statusCode(), moved.body());
        assertTrue(json(moved.body()).asJsonObject().getString("start").startsWith(day.plusDays(1) + "T10:00"));

        long other = createCohort(bonn.getJsonNumber("id").longValue(), "");
        String sameSlot = DemoApi.session(demo.module(0), day.plusDays(1), "10:00", "16:00", String.valueOf(room));
        assertEquals(
                409,
                http.postJson("/api/v1/cohorts/" + other + "/sessions", sameSlot, "Authorization", STAFF)
                        .statusCode());

        HttpResponse<String> cancelled =
                http.postJson("/api/v1/cohorts/" + cohortId + "/cancel", "", "Authorization", STAFF);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", json(cancelled.body()).asJsonObject().getString("status"));
        assertEquals(
                201,
                http.postJson("/api/v1/cohorts/" + other + "/sessions", sameSlot, "Authorization", STAFF)
                        .statusCode(),
                "the cancelled cohort no longer holds the room");
    }

    @Test
    void onlyStaffPlanAndDraftsStayHidden() {
        JsonObject bonn = demo.venue("VHS Bonn – Haus der Bildung");
        long cohortId = createCohort(bonn.getJsonNumber("id").longValue(), "");
        String body = """
                {"seriesId": 1, "venueId": 1, "title": "x"}""";

        assertEquals(
                403,
                http.postJson("/api/v1/cohorts", body, "Authorization", MEMBER).statusCode());
        assertEquals(401, http.postJson("/api/v1/cohorts", body).statusCode());
        assertEquals(404, http.get("/api/v1/cohorts/" + cohortId).statusCode(), "a draft is not public");
        assertEquals(
                404,
                http.get("/api/v1/cohorts/" + cohortId, "Authorization", MEMBER).statusCode());
        assertEquals(
                403,
                http.postJson(
                                "/api/v1/cohorts/" + cohortId + "/sessions",
                                DemoApi.session(demo.module(0), TODAY.plusDays(300), "10:00", "12:00", "null"),
                                "Authorization",
                                TRAINER)
                        .statusCode());
    }

    @Test
    void anyoneSeesAnOpenCohortWithVenueAccessibilityAndSeats() {
        long id = demoCohort("Köln – Frühjahrskurs").getJsonNumber("id").longValue();

        JsonObject cohort = json(http.get("/api/v1/cohorts/" + id).body()).asJsonObject();

        assertEquals("OPEN", cohort.getString("status"));
        assertEquals(6, cohort.getInt("freeSeats"));
        assertTrue(cohort.getJsonObject("venue").getBoolean("stepFreeAccess"));
        assertEquals(4, cohort.getJsonArray("sessions").size(), "one a week for each module, the optional one too");
        JsonObject first = cohort.getJsonArray("sessions").getJsonObject(0);
        assertTrue(!first.containsKey("onlineLink") || first.isNull("onlineLink"), "online links only for its people");
    }

    @Test
    void thePublicCohortPageShowsDatesVenueAccessibilityAndSeatsAndHidesDrafts() {
        long id = demoCohort("Köln – Frühjahrskurs").getJsonNumber("id").longValue();

        HttpResponse<String> page = http.get("/cohort.xhtml?id=" + id, "Accept-Language", "de");

        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Köln – Frühjahrskurs"), html);
        assertTrue(html.contains("Cäcilienstraße 29–33, 50667 Köln"), html);
        assertTrue(html.contains("Stufenloser Zugang") && html.contains("Keine Induktionsschleife"), html);
        assertTrue(html.contains("6 von 8 Plätzen frei"), html);
        assertTrue(html.contains("Jonas Becker"), html);

        long draft = createCohort(
                demo.venue("VHS Bonn – Haus der Bildung").getJsonNumber("id").longValue(), "");
        assertEquals(404, http.get("/cohort.xhtml?id=" + draft).statusCode());
        assertEquals(404, http.get("/cohort.xhtml?id=999999").statusCode());
        assertEquals(404, http.get("/cohort.xhtml?id=abc").statusCode());
    }

    @Test
    void concurrentBookingsOfOneRoomAtOneTimeLetExactlyOneThrough() throws Exception {
        JsonObject koeln = demo.venue("VHS Bonn – Haus der Bildung");
        long venueId = koeln.getJsonNumber("id").longValue();
        long room = DemoApi.roomId(koeln, "Raum 2.14");
        List<Long> cohortIds = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cohortIds.add(createCohort(venueId, ""));
        }
        String slot = DemoApi.session(demo.module(0), TODAY.plusDays(251), "10:00", "16:00", String.valueOf(room));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (long id : cohortIds) {
                answers.add(pool.submit(
                        () -> http.postJson("/api/v1/cohorts/" + id + "/sessions", slot, "Authorization", STAFF)
                                .statusCode()));
            }
            List<Integer> codes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                codes.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
            assertEquals(7, codes.stream().filter(c -> c == 409).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
