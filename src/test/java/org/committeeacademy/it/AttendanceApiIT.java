package org.committeeacademy.it;

import static org.committeeacademy.it.AttendanceFixture.OTHER_TRAINER;
import static org.committeeacademy.it.AttendanceFixture.STAFF;
import static org.committeeacademy.it.AttendanceFixture.TRAINER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PUT /sessions/{id}/attendance and GET /me/progress on Payara Micro: who may mark, what is refused, the window. */
@ExtendWith(ArquillianExtension.class)
class AttendanceApiIT {

    private static AttendanceFixture fixture;

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
        if (fixture == null) {
            fixture = new AttendanceFixture(http, 20);
        }
    }

    private HttpResponse<String> put(long session, String body, String authorization) {
        return http.putJson("/api/v1/sessions/" + session + "/attendance", body, "Authorization", authorization);
    }

    private String mark(String status) {
        return "[{\"memberId\": %d, \"status\": \"%s\"}]".formatted(fixture.memberId, status);
    }

    @Test
    void theCohortsTrainerMarksTodayAndTheListShowsIt() {
        HttpResponse<String> marked = put(fixture.todaySession, mark("PRESENT"), TRAINER);
        assertEquals(200, marked.statusCode(), marked.body());
        JsonObject row = Http.parse(marked.body()).asJsonArray().getJsonObject(0);
        assertEquals(fixture.memberId, row.getJsonNumber("memberId").longValue());
        assertEquals("PRESENT", row.getString("status"));

        HttpResponse<String> list =
                http.get("/api/v1/sessions/" + fixture.todaySession + "/attendance", "Authorization", STAFF);
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(
                "PRESENT",
                Http.parse(list.body()).asJsonArray().getJsonObject(0).getString("status"));
    }

    @Test
    void aTrainerOfAnotherCohortTheMemberAndStrangersAreRefused() {
        assertEquals(
                404,
                put(fixture.todaySession, mark("ABSENT"), OTHER_TRAINER).statusCode(),
                "jonas.becker@example.org teaches other cohorts, not this one");
        assertEquals(
                403, put(fixture.todaySession, mark("ABSENT"), fixture.member).statusCode());
        assertEquals(
                401,
                http.putJson("/api/v1/sessions/" + fixture.todaySession + "/attendance", mark("ABSENT"))
                        .statusCode());
        assertEquals(404, put(999_999_999L, mark("ABSENT"), TRAINER).statusCode());
    }

    @Test
    void someoneWithoutASeatOrAnUnknownStatusIsABadRequestWithAMessage() {
        long demoMember = Http.json(http.get(
                        "/api/v1/me",
                        "Authorization",
                        Http.basic("member@example.org", AttendanceFixture.DEMO_PASSWORD)))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> notSeated = put(
                fixture.todaySession, "[{\"memberId\": %d, \"status\": \"PRESENT\"}]".formatted(demoMember), TRAINER);
        assertEquals(400, notSeated.statusCode(), notSeated.body());
        assertTrue(notSeated.headers().firstValue("Content-Type").orElseThrow().contains("problem+json"));
        HttpResponse<String> late = put(fixture.todaySession, mark("LATE"), TRAINER);
        assertEquals(400, late.statusCode(), late.body());
        assertEquals(400, put(fixture.todaySession, "{\"memberId\": 1", TRAINER).statusCode());
    }

    @Test
    void afterTheCorrectionWindowTheTrainerIsRefusedAndStaffCorrect() {
        HttpResponse<String> trainer = put(fixture.oldSession, mark("PRESENT"), TRAINER);
        assertEquals(409, trainer.statusCode(), trainer.body());
        assertTrue(Http.json(trainer).getString("detail").contains("14"), trainer.body());

        HttpResponse<String> staff = put(fixture.oldSession, mark("EXCUSED"), STAFF);
        assertEquals(200, staff.statusCode(), staff.body());
        assertEquals(
                "EXCUSED",
                Http.parse(staff.body()).asJsonArray().getJsonObject(0).getString("status"));

        assertEquals(409, put(fixture.nextSession, mark("PRESENT"), STAFF).statusCode(), "not before its day");
    }

    @Test
    void theMemberSeesTheirProgressPerModule() {
        assertEquals(200, put(fixture.todaySession, mark("PRESENT"), TRAINER).statusCode());
        HttpResponse<String> progress = http.get("/api/v1/me/progress", "Authorization", fixture.member);
        assertEquals(200, progress.statusCode(), progress.body());
        JsonObject cohort = Http.parse(progress.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("cohortId").longValue() == fixture.cohortId)
                .findFirst()
                .orElseThrow(() -> new AssertionError(progress.body()));
        JsonArray modules = cohort.getJsonArray("modules");
        assertEquals(4, modules.size(), progress.body());
        assertFalse(modules.getJsonObject(3).getBoolean("required"), "module 4 is optional in the series");
        JsonObject second = modules.getJsonObject(1);
        assertEquals(1, second.getInt("sessions"));
        assertEquals(1, second.getInt("attended"));
        assertTrue(second.getJsonArray("missing").toString().contains("worksheet"), progress.body());
        assertEquals(false, cohort.getBoolean("complete"));
        assertEquals(
                403, http.get("/api/v1/me/progress", "Authorization", TRAINER).statusCode());
    }

    @Test
    void theMemberApologisesForTheNextSessionTheTrainerSeesItAndTheMemberWithdrawsIt() {
        String apology = "/api/v1/sessions/" + fixture.nextSession + "/apology";
        HttpResponse<String> sent =
                http.putJson(apology, "{\"note\": \"Ratssitzung\"}", "Authorization", fixture.member);
        assertEquals(204, sent.statusCode(), sent.body());
        JsonObject row = Http.parse(
                        http.get("/api/v1/sessions/" + fixture.nextSession + "/attendance", "Authorization", TRAINER)
                                .body())
                .asJsonArray()
                .getJsonObject(0);
        assertEquals("EXCUSED", row.getString("status"));
        assertTrue(row.getBoolean("apology"));
        assertEquals("Ratssitzung", row.getString("apologyNote"));

        assertEquals(204, http.delete(apology, "Authorization", fixture.member).statusCode());
        JsonObject withdrawn = Http.parse(
                        http.get("/api/v1/sessions/" + fixture.nextSession + "/attendance", "Authorization", TRAINER)
                                .body())
                .asJsonArray()
                .getJsonObject(0);
        assertTrue(!withdrawn.containsKey("status") || withdrawn.isNull("status"), withdrawn.toString());

        HttpResponse<String> late = http.putJson(
                "/api/v1/sessions/" + fixture.oldSession + "/apology", "{}", "Authorization", fixture.member);
        assertEquals(409, late.statusCode(), late.body());
        assertEquals(
                404,
                http.putJson(
                                "/api/v1/sessions/" + fixture.nextSession + "/apology",
                                "{}",
                                "Authorization",
                                Http.basic("member@example.org", AttendanceFixture.DEMO_PASSWORD))
                        .statusCode(),
                "not their cohort");
    }
}
