package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An online cohort of its own for the attendance tests, so they never change the demo cohorts: taught by
 * trainer@example.org, with one new member confirmed, a session 20 days ago (past the correction window), one today
 * (in the evening, clear of the demo's session) and one next week.
 */
final class AttendanceFixture {

    static final String DEMO_PASSWORD = "demo-password-2027";
    static final String MEMBER_PASSWORD = "eine-lange-Passphrase-2027";
    static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    static final String TRAINER = basic("trainer@example.org", DEMO_PASSWORD);
    static final String OTHER_TRAINER = basic("jonas.becker@example.org", DEMO_PASSWORD);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final String title;
    final long cohortId;
    final long memberId;
    final String memberEmail;
    final String member;
    final long oldSession;
    final long todaySession;
    final long nextSession;

    /** @param hour the hour today's session starts, so that fixtures of different tests do not clash */
    AttendanceFixture(Http http, int hour) {
        LocalDate today = LocalDate.now(BERLIN);
        String run = UUID.randomUUID().toString().substring(0, 8);
        title = "Anwesenheitstest " + run;
        memberEmail = "att-" + run + "@example.org";
        HttpResponse<String> account = http.postJson(
                "/api/v1/accounts", """
                {"email": "%s", "name": "Mira Anwesend %s", "password": "%s", "roles": ["MEMBER"]}""".formatted(memberEmail, run, MEMBER_PASSWORD), "Authorization", ADMIN);
        assertEquals(201, account.statusCode(), account.body());
        memberId = Http.json(account).getJsonNumber("id").longValue();
        member = basic(memberEmail, MEMBER_PASSWORD);
        long trainerId = Http.json(http.get("/api/v1/me", "Authorization", TRAINER))
                .getJsonNumber("id")
                .longValue();
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
                {"seriesId": %d, "venueId": %d, "title": "%s", "capacity": 8, "format": "ONLINE", "trainerIds": [%d]}""".formatted(series.getJsonNumber("id").longValue(), venueId, title, trainerId),
                "Authorization",
                STAFF);
        assertEquals(201, cohort.statusCode(), cohort.body());
        cohortId = Http.json(cohort).getJsonNumber("id").longValue();
        var modules = series.getJsonArray("modules");
        oldSession = session(http, modules.getJsonObject(0).getString("key"), today.minusDays(20), hour);
        todaySession = session(http, modules.getJsonObject(1).getString("key"), today, hour);
        nextSession = session(http, modules.getJsonObject(2).getString("key"), today.plusDays(7), hour);
        HttpResponse<String> enrolled = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/enrolments",
                "{\"memberId\": %d}".formatted(memberId),
                "Authorization",
                STAFF);
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        assertEquals("CONFIRMED", Http.json(enrolled).getString("status"));
    }

    private long session(Http http, String module, LocalDate day, int hour) {
        HttpResponse<String> created = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/sessions",
                """
                {"moduleKey": "%s", "start": "%s", "end": "%s", "onlineLink": "https://meet.example.org/%s"}""".formatted(module, at(day, hour), at(day, hour + 1), cohortId),
                "Authorization",
                STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static String at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0))
                .atZone(BERLIN)
                .toOffsetDateTime()
                .toString();
    }
}
