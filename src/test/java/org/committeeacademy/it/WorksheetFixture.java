package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A cohort and members of a worksheet test's own, made over the API, so the demo data stays as it is. */
final class WorksheetFixture {

    static final String DEMO_PASSWORD = "demo-password-2027";
    static final String PASSWORD = "eine-lange-Passphrase-2027";
    static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    static final String TRAINER = basic("trainer@example.org", DEMO_PASSWORD);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    private final Http http;

    WorksheetFixture(Http http) {
        this.http = http;
    }

    /** An open cohort of the demo series taught by trainer@example.org alone. */
    long newCohort() {
        long series = Http.parse(http.get("/api/v1/series").body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long venue = Http.parse(
                        http.get("/api/v1/venues", "Authorization", STAFF).body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long trainer = Http.json(http.get("/api/v1/me", "Authorization", TRAINER))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> created = http.postJson(
                "/api/v1/cohorts",
                """
                {"seriesId": %d, "venueId": %d, "title": "Arbeitsblatt-Test %s", "capacity": 8,
                 "enrolmentOpens": "%s", "enrolmentCloses": "%s", "trainerIds": [%d], "status": "OPEN"}""".formatted(
                                series,
                                venue,
                                UUID.randomUUID().toString().substring(0, 6),
                                TODAY.minusDays(1),
                                TODAY.plusDays(30),
                                trainer),
                "Authorization",
                STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    /** A new member named "Mitglied " + e-mail, confirmed in the cohort; answers the e-mail address. */
    String newMemberEmail(long cohort) {
        String email = "ws-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> created =
                http.postJson("/api/v1/accounts", """
                {"email": "%s", "name": "Mitglied %s", "password": "%s", "roles": ["MEMBER"]}""".formatted(email, email, PASSWORD), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> enrolled = http.postJson(
                "/api/v1/cohorts/" + cohort + "/enrolments", "{}", "Authorization", basic(email, PASSWORD));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        assertEquals("CONFIRMED", Http.json(enrolled).getString("status"));
        return email;
    }

    /**
     * A PUT body for the goal-setting worksheet with the test's answers and, where the test leaves them out, answers
     * to the template's required fields (a worksheet with required fields empty is not submitted since issue 24).
     */
    static String withRequired(String putBody) {
        JsonObject body = Http.parse(putBody).asJsonObject();
        JsonObject given = body.getJsonObject("answers");
        JsonObjectBuilder answers = Json.createObjectBuilder(REQUIRED_GOAL_SETTING);
        given.forEach(answers::add);
        return Json.createObjectBuilder(body).add("answers", answers).build().toString();
    }

    private static final JsonObject REQUIRED_GOAL_SETTING = Json.createObjectBuilder()
            .add("problem-statement", "Zu wenige Deutschkurse am Abend")
            .add("affected", "Menschen, die tagsüber arbeiten")
            .add("vision-statement", "Jeder findet einen Abendkurs")
            .add("gap", "Es fehlen Räume und Geld")
            .add(
                    "strategic-goals",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("what", "Zwei Abendkurse")))
            .add(
                    "allies",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("ally", "VHS")))
            .add("instrument-choice", "Antrag")
            .add("instrument-reasoning", "Ein Antrag bringt eine Entscheidung")
            .add("first-check-in", "2027-06-01")
            .build();

    /** The member's worksheet of module 2 (in their newest cohort). */
    long goalSetting(String auth) {
        HttpResponse<String> mine = http.get("/api/v1/me/worksheets", "Authorization", auth);
        assertEquals(200, mine.statusCode(), mine.body());
        return Http.parse(mine.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("templateKey").equals("goal-setting"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(mine.body()))
                .getJsonNumber("id")
                .longValue();
    }
}
