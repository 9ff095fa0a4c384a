package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The demo data as the REST API shows it, and what tests build of their own through the API as staff: cohorts of the
 * demo series, their sessions, member accounts and confirmed places. Tests that change things build their own, so
 * the demo cohorts stay as other tests expect them.
 */
final class DemoApi {

    static final String PASSWORD = "demo-password-2027";
    static final String STAFF = basic("staff@example.org", PASSWORD);
    static final String TRAINER = basic("trainer@example.org", PASSWORD);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String BONN = "VHS Bonn – Haus der Bildung";
    static final String BONN_ROOM = "Raum 2.14";

    private final Http http;

    DemoApi(Http http) {
        this.http = http;
    }

    /** The first series of the catalogue, with its modules. */
    JsonObject series() {
        return Http.parse(http.get("/api/v1/series").body()).asJsonArray().getJsonObject(0);
    }

    long seriesId() {
        return series().getJsonNumber("id").longValue();
    }

    String module(int index) {
        return series().getJsonArray("modules").getJsonObject(index).getString("key");
    }

    /**
     * The day the demo data called "today" when the server loaded it (the running Bonn cohort meets then in B06,
     * 10:00–16:00, a week after its first session). Tests that must clash with that session use this day, not the
     * clock: a run may cross midnight after the server started.
     */
    LocalDate demoToday() {
        // the running cohort is not in the public list of open cohorts; the demo member is enrolled in it
        long cohortId = Http.parse(
                        http.get("/api/v1/me/enrolments", "Authorization", basic("member@example.org", PASSWORD))
                                .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("cohortTitle").equals("Bonn – Samstagsreihe"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("member@example.org is not in Bonn – Samstagsreihe"))
                .getJsonNumber("cohortId")
                .longValue();
        return Http.parse(http.get("/api/v1/cohorts/" + cohortId + "/sessions", "Authorization", STAFF)
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(s -> OffsetDateTime.parse(s.getString("start"))
                        .atZoneSameInstant(BERLIN)
                        .toLocalDate())
                .sorted()
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo cohort has no sessions"))
                .plusDays(7);
    }

    JsonObject venue(String name) {
        return Http.parse(http.get("/api/v1/venues", "Authorization", STAFF).body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(v -> v.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no venue " + name));
    }

    long venueId(String name) {
        return venue(name).getJsonNumber("id").longValue();
    }

    static long roomId(JsonObject venue, String room) {
        return venue.getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals(room))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no room " + room))
                .getJsonNumber("id")
                .longValue();
    }

    /** The account behind the credentials. */
    long accountId(String auth) {
        return Http.json(http.get("/api/v1/me", "Authorization", auth))
                .getJsonNumber("id")
                .longValue();
    }

    /**
     * A cohort of the first series with 8 places, titled with a unique suffix.
     *
     * @param extra more JSON members, each starting with a comma (", \"status\": \"OPEN\"") or empty
     * @return the created cohort as the API answered (201 checked)
     */
    HttpResponse<String> createCohort(String title, long venueId, String extra) {
        HttpResponse<String> created = http.postJson(
                "/api/v1/cohorts",
                """
                {"seriesId": %d, "venueId": %d, "title": "%s %s", "capacity": 8 %s}""".formatted(
                        seriesId(), venueId, title, UUID.randomUUID().toString().substring(0, 6), extra),
                "Authorization",
                STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return created;
    }

    long cohort(String title, long venueId, String extra) {
        return Http.json(createCohort(title, venueId, extra))
                .getJsonNumber("id")
                .longValue();
    }

    /** A session in a room; returns its id (201 checked). */
    long session(long cohortId, String module, LocalDate day, String from, String to, long roomId) {
        HttpResponse<String> created = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/sessions",
                session(module, day, from, to, String.valueOf(roomId)),
                "Authorization",
                STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    /**
     * A session in a shared demo room on a day drawn from {@code firstDay} to {@code firstDay + span} days ahead. Tests
     * share the demo rooms, so a day already taken at that time (409) is drawn again; any other answer fails. Returns
     * the session's id.
     */
    long sessionOnAFreeDay(long cohortId, String module, int firstDay, int span, String from, String to, long roomId) {
        HttpResponse<String> created = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate day = LocalDate.now(BERLIN)
                    .plusDays(firstDay + ThreadLocalRandom.current().nextInt(span));
            created = http.postJson(
                    "/api/v1/cohorts/" + cohortId + "/sessions",
                    session(module, day, from, to, String.valueOf(roomId)),
                    "Authorization",
                    STAFF);
            if (created.statusCode() == 201) {
                return Http.json(created).getJsonNumber("id").longValue();
            }
            assertEquals(409, created.statusCode(), created.body());
        }
        throw new AssertionError("no free day in " + span + " days: " + created.body());
    }

    /** A session's JSON; times go out with the venue's offset on that day (CET or CEST), as clients send them. */
    static String session(String module, LocalDate day, String from, String to, String roomId) {
        return """
                {"moduleKey": "%s", "start": "%s", "end": "%s", "roomId": %s}""".formatted(module, at(day, from), at(day, to), roomId);
    }

    static String at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time))
                .atZone(BERLIN)
                .toOffsetDateTime()
                .toString();
    }

    /** A new account with one role, German; returns its id. */
    long account(String email, String name, String password, String role) {
        HttpResponse<String> created =
                http.postJson("/api/v1/accounts", """
                {"email":"%s","name":"%s","password":"%s","roles":["%s"],"language":"de"}""".formatted(email, name, password, role), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    /** Staff enrol the member; the place is confirmed (the cohort has room). */
    void enrolConfirmed(long cohortId, long memberId) {
        HttpResponse<String> enrolled = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/enrolments",
                "{\"memberId\": " + memberId + "}",
                "Authorization",
                STAFF);
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        assertEquals("CONFIRMED", Http.json(enrolled).getString("status"));
    }
}
