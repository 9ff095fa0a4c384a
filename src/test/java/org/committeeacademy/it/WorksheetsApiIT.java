package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Worksheets over HTTP: autosave, submit, review by the cohort's trainer, and who may see what. Works in a cohort
 * and with members of its own, so the demo data stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
class WorksheetsApiIT {

    private static final String DEMO_PASSWORD = WorksheetFixture.DEMO_PASSWORD;
    private static final String PASSWORD = WorksheetFixture.PASSWORD;
    private static final String STAFF = WorksheetFixture.STAFF;
    private static final String TRAINER = WorksheetFixture.TRAINER;
    private static final String OTHER_TRAINER = basic("jonas.becker@example.org", DEMO_PASSWORD);
    private static final String DEMO_MEMBER = basic("member@example.org", DEMO_PASSWORD);

    @ArquillianResource
    private URL base;

    private Http http;
    private WorksheetFixture fixture;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void client() throws Exception {
        Deployments.awaitAnswering(base);
        http = new Http(base.toURI());
        fixture = new WorksheetFixture(http);
    }

    private long newCohort() {
        return fixture.newCohort();
    }

    private String newMember(long cohort) {
        return basic(fixture.newMemberEmail(cohort), PASSWORD);
    }

    private String newMemberEmail(long cohort) {
        return fixture.newMemberEmail(cohort);
    }

    private long goalSetting(String auth) {
        return fixture.goalSetting(auth);
    }

    @Test
    void autosavedAnswersComeBackAndAReviewedRevisionIsKeptAsASecondVersion() throws Exception {
        long cohort = newCohort();
        String memberEmail = newMemberEmail(cohort);
        String member = basic(memberEmail, PASSWORD);
        long id = goalSetting(member);

        HttpResponse<String> saved =
                http.putJson("/api/v1/worksheets/" + id, WorksheetFixture.withRequired("""
                {"answers": {"problem-statement": "Zu wenige Deutschkurse am Abend",
                 "causes": ["Räume fehlen"],
                 "allies": [{"ally": "VHS", "interest": "Auslastung"}],
                 "strategic-goals": [{"what": "Zwei Abendkurse bis Ende 2027", "indicator": "Kurse am Abend",
                   "baseline": "0", "target": "2", "deadline": "2027-12-31", "responsible": "Ich",
                   "resources": "Räume der VHS"}],
                 "first-check-in": "2027-06-01"}}"""), "Authorization", member);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(Http.json(saved).containsKey("savedAt"), saved.body());

        JsonObject read = get(id, member);
        assertEquals("DRAFT", read.getString("status"));
        assertEquals(
                "Zu wenige Deutschkurse am Abend", read.getJsonObject("answers").getString("problem-statement"));
        assertEquals("goals", field(read, "goals", "strategic-goals").getString("type"));
        assertEquals("table", field(read, "allies", "allies").getString("type"));

        HttpResponse<String> submitted =
                http.postJson("/api/v1/worksheets/" + id + "/submit", "{}", "Authorization", member);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", Http.json(submitted).getString("status"));
        HttpResponse<String> readOnly =
                http.putJson("/api/v1/worksheets/" + id, "{\"answers\": {}}", "Authorization", member);
        assertEquals(409, readOnly.statusCode(), readOnly.body());
        assertTrue(readOnly.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        String revise = """
                {"decision": "REVISE", "comments": {"problem": "Wie viele Menschen warten auf einen Platz?"}}""";
        assertEquals(
                404,
                http.postJson("/api/v1/worksheets/" + id + "/review", revise, "Authorization", OTHER_TRAINER)
                        .statusCode(),
                "a trainer of another cohort does not even learn that the worksheet exists");
        assertEquals(
                403,
                http.postJson("/api/v1/worksheets/" + id + "/review", revise, "Authorization", member)
                        .statusCode(),
                "the member cannot review their own worksheet");
        HttpResponse<String> reviewed =
                http.postJson("/api/v1/worksheets/" + id + "/review", revise, "Authorization", TRAINER);
        assertEquals(200, reviewed.statusCode(), reviewed.body());

        JsonObject sentBack = get(id, member);
        assertEquals("REVISE", sentBack.getString("status"));
        JsonObject comment = sentBack.getJsonArray("comments").getJsonObject(0);
        assertEquals("problem", comment.getString("section"));
        assertEquals("Wie viele Menschen warten auf einen Platz?", comment.getString("text"));

        assertEquals(
                200,
                http.putJson("/api/v1/worksheets/" + id, WorksheetFixture.withRequired("""
                {"answers": {"problem-statement": "120 Menschen warten auf einen Abendkurs",
                 "strategic-goals": [{"what": "Zwei Abendkurse bis Ende 2027"}]}}"""), "Authorization", member)
                        .statusCode());
        HttpResponse<String> resubmitted = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.toURI().resolve("api/v1/worksheets/" + id + "/submit"))
                                .header("Authorization", member)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resubmitted.statusCode(), "a submit without a body: " + resubmitted.body());
        HttpResponse<String> accepted = http.postJson(
                "/api/v1/worksheets/" + id + "/review", "{\"decision\": \"ACCEPTED\"}", "Authorization", TRAINER);
        assertEquals(200, accepted.statusCode(), accepted.body());

        JsonObject done = get(id, member);
        assertEquals("ACCEPTED", done.getString("status"));
        JsonArray versions = done.getJsonArray("versions");
        assertEquals(2, versions.size());
        assertEquals("REVISE", versions.getJsonObject(0).getString("decision"));
        assertEquals("ACCEPTED", versions.getJsonObject(1).getString("decision"));
        OutboxPages outbox = OutboxPages.asAdmin(base.toURI());
        long reviewMails = outbox.awaitMails(memberEmail, 3).stream()
                .map(outbox::mail)
                .filter(m ->
                        m.contains("Rückmeldung zu Ihrem Arbeitsblatt") || m.contains("Feedback on your worksheet"))
                .count();
        assertEquals(2, reviewMails, "the member hears of both decisions");

        HttpResponse<String> goals = http.get("/api/v1/me/goals", "Authorization", member);
        assertEquals(200, goals.statusCode(), goals.body());
        JsonObject goal = Http.parse(goals.body()).asJsonArray().getJsonObject(0);
        assertEquals("Zwei Abendkurse bis Ende 2027", goal.getString("what"));
        HttpResponse<String> checkIn = http.postJson(
                "/api/v1/goals/" + goal.getJsonNumber("id") + "/check-ins",
                "{\"checkpoint\": 3, \"attainment\": 1, \"note\": \"Ein Kurs läuft\"}",
                "Authorization",
                member);
        assertEquals(201, checkIn.statusCode(), checkIn.body());
        assertEquals(
                400,
                http.postJson(
                                "/api/v1/goals/" + goal.getJsonNumber("id") + "/check-ins",
                                "{\"checkpoint\": 6, \"attainment\": 5}",
                                "Authorization",
                                member)
                        .statusCode());
    }

    @Test
    void onlyTheMemberAndTheCohortsTrainersSeeTheContentStaffTheStatusEveryoneElseNothing() {
        long cohort = newCohort();
        String member = newMember(cohort);
        String neighbour = newMember(cohort);
        long id = goalSetting(member);
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/worksheets/" + id,
                                "{\"answers\": {\"problem-statement\": \"vertraulich\"}}",
                                "Authorization",
                                member)
                        .statusCode());

        for (String stranger : new String[] {neighbour, DEMO_MEMBER, OTHER_TRAINER}) {
            assertEquals(
                    404,
                    http.get("/api/v1/worksheets/" + id, "Authorization", stranger)
                            .statusCode());
            HttpResponse<String> put = http.putJson(
                    "/api/v1/worksheets/" + id,
                    "{\"answers\": {\"problem-statement\": \"x\"}}",
                    "Authorization",
                    stranger);
            assertEquals(404, put.statusCode(), put.body());
            assertFalse(put.body().contains("vertraulich"));
            assertEquals(
                    404,
                    http.postJson("/api/v1/worksheets/" + id + "/submit", "{}", "Authorization", stranger)
                            .statusCode());
        }
        JsonArray neighboursOwn = Http.parse(http.get("/api/v1/me/worksheets", "Authorization", neighbour)
                        .body())
                .asJsonArray();
        assertTrue(neighboursOwn.getValuesAs(JsonObject.class).stream()
                .noneMatch(w -> w.getJsonNumber("id").longValue() == id));

        HttpResponse<String> staff = http.get("/api/v1/worksheets/" + id, "Authorization", STAFF);
        assertEquals(200, staff.statusCode(), staff.body());
        assertEquals("DRAFT", Http.json(staff).getString("status"));
        assertFalse(Http.json(staff).containsKey("answers"), staff.body());
        assertFalse(staff.body().contains("vertraulich"));
        assertEquals(
                403,
                http.putJson("/api/v1/worksheets/" + id, "{\"answers\": {}}", "Authorization", STAFF)
                        .statusCode());

        JsonObject trainer = get(id, TRAINER);
        assertEquals("vertraulich", trainer.getJsonObject("answers").getString("problem-statement"));

        HttpResponse<String> unknownField = http.putJson(
                "/api/v1/worksheets/" + id, "{\"answers\": {\"no-such-field\": \"x\"}}", "Authorization", member);
        assertEquals(400, unknownField.statusCode());
        assertEquals(
                "no-such-field",
                Http.json(unknownField).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> malformed =
                http.putJson("/api/v1/worksheets/" + id, "{\"answers\": ", "Authorization", member);
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(
                404,
                http.get("/api/v1/worksheets/99999999", "Authorization", member).statusCode());
    }

    @Test
    void pagesPdfsAndTheAutosaveFollowTheSameRules() throws Exception {
        long cohort = newCohort();
        String memberEmail = newMemberEmail(cohort);
        String neighbourEmail = newMemberEmail(cohort);
        long id = goalSetting(basic(memberEmail, PASSWORD));
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/worksheets/" + id,
                                "{\"answers\": {\"problem-statement\": \"vertraulich\"}}",
                                "Authorization",
                                basic(memberEmail, PASSWORD))
                        .statusCode());
        String page = "/member/worksheet.xhtml?id=" + id;
        String autosave = "/worksheet-autosave?id=" + id;
        String body = "{\"answers\": {\"problem-statement\": \"vertraulich, autosaved\"}}";

        Http member = signedIn(memberEmail, PASSWORD);
        HttpResponse<String> own = member.get(page);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("vertraulich"));
        assertEquals(
                200,
                member.postJson(autosave, body, "X-Requested-With", "autosave").statusCode());
        assertEquals(400, member.postJson(autosave, body).statusCode(), "no autosave from another site's form");
        assertEquals(
                401,
                new Http(base.toURI())
                        .postJson(autosave, body, "X-Requested-With", "autosave")
                        .statusCode(),
                "a lapsed session is told so, not sent to the login page");
        HttpResponse<String> pdf = member.get("/member/worksheet-pdf?id=" + id);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));

        Http neighbour = signedIn(neighbourEmail, PASSWORD);
        for (HttpResponse<String> guessed : List.of(
                neighbour.get(page),
                neighbour.get("/member/worksheet-pdf?id=" + id),
                neighbour.get("/member/worksheet-pdf?id=" + id + "&kind=motion"),
                neighbour.postJson(autosave, body, "X-Requested-With", "autosave"))) {
            assertEquals(404, guessed.statusCode());
            assertFalse(guessed.body().contains("vertraulich"));
        }

        Http staff = signedIn("staff@example.org", DEMO_PASSWORD);
        HttpResponse<String> list = staff.get("/team/worksheets.xhtml?cohort=" + cohort + "&status=ALL");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Mitglied " + memberEmail), "staff see whose worksheet it is");
        assertFalse(list.body().contains("worksheet-review.xhtml"), "but cannot open it");
        assertEquals(404, staff.get("/team/worksheet-review.xhtml?id=" + id).statusCode());
        assertEquals(404, staff.get("/team/worksheet-pdf?id=" + id).statusCode());

        Http trainer = signedIn("trainer@example.org", DEMO_PASSWORD);
        HttpResponse<String> review = trainer.get("/team/worksheet-review.xhtml?id=" + id);
        assertEquals(200, review.statusCode());
        assertTrue(review.body().contains("vertraulich, autosaved"));
        assertEquals(200, trainer.get("/team/worksheet-pdf?id=" + id).statusCode());

        Http otherTrainer = signedIn("jonas.becker@example.org", DEMO_PASSWORD);
        assertEquals(
                404, otherTrainer.get("/team/worksheets.xhtml?cohort=" + cohort).statusCode());
        assertEquals(
                404, otherTrainer.get("/team/worksheet-review.xhtml?id=" + id).statusCode());
        assertEquals(404, otherTrainer.get("/team/worksheet-pdf?id=" + id).statusCode());
    }

    private Http signedIn(String email, String password) throws Exception {
        Http session = new Http(base.toURI());
        HttpResponse<String> login = session.formLogin(email, password);
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, "logged in: " + login.statusCode());
        return session;
    }

    private JsonObject get(long id, String auth) {
        HttpResponse<String> answer = http.get("/api/v1/worksheets/" + id, "Authorization", auth);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private static JsonObject field(JsonObject worksheet, String section, String key) {
        return worksheet.getJsonObject("template").getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("key").equals(section))
                .flatMap(s -> s.getJsonArray("fields").getValuesAs(JsonObject.class).stream())
                .filter(f -> f.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }
}
