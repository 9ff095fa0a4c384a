package org.committeeacademy.it;

import static org.committeeacademy.it.AttendanceFixture.ADMIN;
import static org.committeeacademy.it.AttendanceFixture.BERLIN;
import static org.committeeacademy.it.AttendanceFixture.MEMBER_PASSWORD;
import static org.committeeacademy.it.AttendanceFixture.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cohort of its own in VHS Bonn for the self-paced units: a trainer, two confirmed members, one session of the
 * first module a week ahead; and the member's side of a unit page, answered through its Ajax requests.
 */
final class UnitFixture {

    static final String MODULE = "local-context";
    static final String UNIT = "wer-entscheidet";

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String trainerEmail = "unit-trainer-" + run + "@example.org";
    final String memberEmail = "unit-member-" + run + "@example.org";
    final String otherEmail = "unit-other-" + run + "@example.org";
    final long cohortId;
    final long memberId;
    private final Http http;

    UnitFixture(URI base) {
        http = new Http(base);
        long trainerId = account(trainerEmail, "TRAINER");
        memberId = account(memberEmail, "MEMBER");
        long otherId = account(otherEmail, "MEMBER");
        JsonObject series =
                Http.parse(http.get("/api/v1/series").body()).asJsonArray().getJsonObject(0);
        long venueId = Http.parse(
                        http.get("/api/v1/venues", "Authorization", STAFF).body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> cohort = http.postJson(
                "/api/v1/cohorts",
                """
                {"seriesId": %d, "venueId": %d, "title": "Lerneinheiten %s", "capacity": 5, "format": "BLENDED", "trainerIds": [%d]}""".formatted(series.getJsonNumber("id").longValue(), venueId, run, trainerId),
                "Authorization",
                STAFF);
        assertEquals(201, cohort.statusCode(), cohort.body());
        cohortId = Http.json(cohort).getJsonNumber("id").longValue();
        LocalDate day = LocalDate.now(BERLIN).plusDays(7);
        HttpResponse<String> session = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/sessions",
                """
                {"moduleKey": "%s", "start": "%s", "end": "%s", "onlineLink": "https://bbb.example.org/b/einheit"}""".formatted(
                                MODULE,
                                day.atTime(10, 0).atZone(BERLIN).toOffsetDateTime(),
                                day.atTime(16, 0).atZone(BERLIN).toOffsetDateTime()),
                "Authorization",
                STAFF);
        assertEquals(201, session.statusCode(), session.body());
        HttpResponse<String> opened = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/status", "{\"status\": \"OPEN\"}", "Authorization", STAFF);
        assertEquals(200, opened.statusCode(), opened.body());
        enrol(memberId);
        enrol(otherId);
    }

    private long account(String email, String role) {
        HttpResponse<String> created = http.postJson(
                "/api/v1/accounts", """
                {"email": "%s", "name": "Einheit %s %s", "password": "%s", "roles": ["%s"]}""".formatted(email, role, run, MEMBER_PASSWORD, role), "Authorization", ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private void enrol(long id) {
        HttpResponse<String> enrolled = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/enrolments",
                "{\"memberId\": %d}".formatted(id),
                "Authorization",
                STAFF);
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        assertEquals("CONFIRMED", Http.json(enrolled).getString("status"));
    }

    String unitPath() {
        return "/member/unit.xhtml?cohort=" + cohortId + "&module=" + MODULE + "&unit=" + UNIT;
    }

    /**
     * Changes one input of the unit page as the browser's Ajax request does; {@code name} ends the input's client id
     * (e.g. "reflection" of the third question: "q:2:reflection").
     */
    static HttpResponse<String> change(Http member, String page, String path, String name, String value) {
        Matcher id = Pattern.compile("name=\"(questions:[^\"]*" + Pattern.quote(name) + ")\"")
                .matcher(page);
        if (!id.find()) {
            throw new AssertionError("no input " + name + " on the unit page");
        }
        String input = id.group(1);
        // a radio or checkbox of a group is its own source (…:0), the group is executed, as faces.js does it
        boolean group = name.endsWith("single") || name.endsWith("multiple");
        String source = group ? input + ":0" : input;
        Map<String, String> fields = new java.util.HashMap<>();
        fields.put("questions", "questions");
        fields.put(input, value);
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.event", "change");
        fields.put("jakarta.faces.behavior.event", "change");
        fields.put("jakarta.faces.partial.execute", input);
        fields.put("jakarta.faces.partial.render", "questions:state");
        fields.put("jakarta.faces.partial.ajax", "true");
        return member.submit(page, path, fields);
    }
}
