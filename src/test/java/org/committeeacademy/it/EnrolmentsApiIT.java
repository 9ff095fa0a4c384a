package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrolment over HTTP on Payara Micro: many requests at once never overbook, the waiting list moves up, members
 * see only their own enrolments.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentsApiIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String MEMBER_PASSWORD = "eine-lange-Passphrase-2027";
    private static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String MEMBER = basic("member@example.org", DEMO_PASSWORD);
    private static final String TRAINER = basic("trainer@example.org", DEMO_PASSWORD);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

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
    void aHundredMembersAtOnceAtThreeSeatsTwiceOverGiveThreeSeatsAndAWaitingListOneToNinetySeven() throws Exception {
        // a hundred: each member costs two password hashes (PBKDF2) before the burst; the database-level test
        // (ConcurrentEnrolmentTest) rushes 200 and bin/bench-enrolment 500
        List<String> members = newMembers(100);
        for (int round = 1; round <= 2; round++) {
            long cohort = newCohort(3, "");

            List<HttpResponse<String>> answers = burst(members.stream()
                    .map(m -> post("/api/v1/cohorts/" + cohort + "/enrolments", "{}", m))
                    .toList());

            Map<Integer, Long> codes = answers.stream()
                    .collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
            assertEquals(Map.of(201, 100L), codes, "round " + round + ": " + firstError(answers));
            JsonObject roster = roster(cohort);
            assertEquals(3, roster.getJsonArray("seated").size());
            assertEquals(3, roster.getInt("seatsTaken"));
            assertEquals(
                    IntStream.rangeClosed(1, 97).boxed().toList(),
                    roster.getJsonArray("waiting").getValuesAs(JsonObject.class).stream()
                            .map(e -> e.getInt("waitlistPosition"))
                            .toList(),
                    "round " + round);
        }
    }

    @Test
    void twentyIdenticalRequestsFromOneMemberGiveOneEnrolment() throws Exception {
        String member = newMembers(1).get(0);
        long cohort = newCohort(3, "");

        List<HttpResponse<String>> answers = burst(IntStream.range(0, 20)
                .mapToObj(i -> post("/api/v1/cohorts/" + cohort + "/enrolments", "{}", member))
                .toList());

        assertEquals(1, answers.stream().filter(a -> a.statusCode() == 201).count(), firstError(answers));
        assertEquals(19, answers.stream().filter(a -> a.statusCode() == 200).count(), firstError(answers));
        assertEquals(
                1,
                answers.stream()
                        .map(a -> Http.parse(a.body()).asJsonObject().getInt("id"))
                        .distinct()
                        .count());
        assertEquals(1, roster(cohort).getJsonArray("seated").size());
    }

    @Test
    void aCancelledSeatGoesToTheFirstWaitingAndMembersSeeOnlyTheirOwn() throws Exception {
        List<String> people = newMembers(3);
        long cohort = newCohort(1, "");
        JsonObject first = enrol(cohort, people.get(0));
        JsonObject second = enrol(cohort, people.get(1));
        JsonObject third = enrol(cohort, people.get(2));
        assertEquals("CONFIRMED", first.getString("status"));
        assertEquals("WAITLISTED", second.getString("status"));
        assertEquals(2, third.getInt("waitlistPosition"));

        assertEquals(
                404,
                http.get("/api/v1/enrolments/" + first.getInt("id"), "Authorization", people.get(1))
                        .statusCode());
        assertEquals(
                403,
                http.get("/api/v1/cohorts/" + cohort + "/enrolments", "Authorization", people.get(1))
                        .statusCode());
        assertEquals(
                404,
                http.get("/api/v1/cohorts/" + cohort + "/enrolments", "Authorization", TRAINER)
                        .statusCode(),
                "not her cohort");
        assertEquals(
                404,
                http.postJson(
                                "/api/v1/enrolments/" + first.getInt("id") + "/cancel",
                                "{}",
                                "Authorization",
                                people.get(1))
                        .statusCode());

        HttpResponse<String> cancelled = http.postJson(
                "/api/v1/enrolments/" + first.getInt("id") + "/cancel", "{}", "Authorization", people.get(0));
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Http.json(cancelled).getString("status"));

        JsonObject movedUp =
                Http.json(http.get("/api/v1/enrolments/" + second.getInt("id"), "Authorization", people.get(1)));
        assertEquals("CONFIRMED", movedUp.getString("status"));
        assertEquals("MOVED_UP", last(movedUp.getJsonArray("history")).getString("cause"));
        JsonObject nowFirst =
                Http.json(http.get("/api/v1/enrolments/" + third.getInt("id"), "Authorization", people.get(2)));
        assertEquals(1, nowFirst.getInt("waitlistPosition"));

        HttpResponse<String> again =
                http.postJson("/api/v1/cohorts/" + cohort + "/enrolments", "{}", "Authorization", people.get(0));
        assertEquals(201, again.statusCode(), "who cancelled may enrol again: " + again.body());
        assertEquals(first.getInt("id"), Http.json(again).getInt("id"), "the same record, with its history");
        assertEquals(2, Http.json(again).getInt("waitlistPosition"), "behind who was waiting already");

        JsonArray mine = Http.parse(http.get("/api/v1/me/enrolments", "Authorization", people.get(2))
                        .body())
                .asJsonArray();
        assertEquals(1, mine.size());
        assertEquals(third.getInt("id"), mine.getJsonObject(0).getInt("id"));
    }

    @Test
    void inOfferModeTheNextPersonGetsAnOfferToAccept() throws Exception {
        List<String> people = newMembers(2);
        long cohort = newCohort(1, "");
        JsonObject seated = enrol(cohort, people.get(0));
        JsonObject waiting = enrol(cohort, people.get(1));
        HttpResponse<String> policy =
                http.putJson("/api/v1/cohorts/" + cohort + "/move-up", """
                {"mode": "OFFER", "offerHours": 24}""", "Authorization", STAFF);
        assertEquals(200, policy.statusCode(), policy.body());
        assertEquals(
                400,
                http.putJson("/api/v1/cohorts/" + cohort + "/move-up", """
                        {"mode": "OFFER", "offerHours": 0}""", "Authorization", STAFF)
                        .statusCode());

        assertEquals(
                200,
                http.postJson(
                                "/api/v1/enrolments/" + seated.getInt("id") + "/cancel",
                                "{\"note\": \"krank\"}",
                                "Authorization",
                                STAFF)
                        .statusCode());
        JsonObject offered =
                Http.json(http.get("/api/v1/enrolments/" + waiting.getInt("id"), "Authorization", people.get(1)));
        assertEquals("OFFERED", offered.getString("status"));
        assertTrue(offered.containsKey("offerExpiresAt"));

        HttpResponse<String> accepted = http.postJson(
                "/api/v1/enrolments/" + waiting.getInt("id") + "/accept", "", "Authorization", people.get(1));
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("CONFIRMED", Http.json(accepted).getString("status"));
    }

    @Test
    void raisingTheCapacityMovesTheFirstWaitingUpAndLoweringItBelowTheSeatsIsRefused() throws Exception {
        List<String> people = newMembers(3);
        long cohort = newCohort(1, "");
        people.forEach(p -> enrol(cohort, p));
        String terms = """
                {"title": "Größer", "capacity": %d, "enrolmentOpens": "%s", "enrolmentCloses": "%s"}""";

        HttpResponse<String> raised = http.putJson(
                "/api/v1/cohorts/" + cohort,
                terms.formatted(2, TODAY.minusDays(1), TODAY.plusDays(30)),
                "Authorization",
                STAFF);
        assertEquals(200, raised.statusCode(), raised.body());
        JsonObject roster = roster(cohort);
        assertEquals(2, roster.getJsonArray("seated").size());
        assertEquals(1, roster.getJsonArray("waiting").getJsonObject(0).getInt("waitlistPosition"));
        assertEquals(
                "MOVED_UP",
                last(roster.getJsonArray("seated").getJsonObject(1).getJsonArray("history"))
                        .getString("cause"));

        HttpResponse<String> lowered = http.putJson(
                "/api/v1/cohorts/" + cohort,
                terms.formatted(1, TODAY.minusDays(1), TODAY.plusDays(30)),
                "Authorization",
                STAFF);
        assertEquals(400, lowered.statusCode(), "2 seats are taken: " + lowered.body());
    }

    @Test
    void withApprovalStaffDeclineWithAReasonAndEnrolOrMoveSomeoneOnTheirBehalf() throws Exception {
        List<String> people = newMembers(2);
        long cohort = newCohort(2, ", \"approvalRequired\": true");
        JsonObject request = enrol(cohort, people.get(0));
        assertEquals("REQUESTED", request.getString("status"));

        HttpResponse<String> noReason =
                http.postJson("/api/v1/enrolments/" + request.getInt("id") + "/decline", "{}", "Authorization", STAFF);
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertEquals(
                403,
                http.postJson(
                                "/api/v1/enrolments/" + request.getInt("id") + "/decline",
                                "{\"reason\": \"x\"}",
                                "Authorization",
                                people.get(0))
                        .statusCode());
        HttpResponse<String> declined = http.postJson(
                "/api/v1/enrolments/" + request.getInt("id") + "/decline",
                "{\"reason\": \"Nur für Ausschussmitglieder\"}",
                "Authorization",
                STAFF);
        assertEquals("DECLINED", Http.json(declined).getString("status"));
        assertEquals("Nur für Ausschussmitglieder", Http.json(declined).getString("decisionNote"));

        long memberId = Http.json(http.get("/api/v1/me", "Authorization", people.get(1)))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> onBehalf = http.postJson(
                "/api/v1/cohorts/" + cohort + "/enrolments",
                "{\"memberId\": " + memberId + "}",
                "Authorization",
                STAFF);
        assertEquals(201, onBehalf.statusCode(), onBehalf.body());
        assertEquals("CONFIRMED", Http.json(onBehalf).getString("status"), "staff need no approval");

        long other = newCohort(2, "");
        HttpResponse<String> moved = http.postJson(
                "/api/v1/enrolments/" + Http.json(onBehalf).getInt("id") + "/move",
                "{\"cohortId\": " + other + "}",
                "Authorization",
                STAFF);
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(other, Http.json(moved).getJsonNumber("cohortId").longValue());
        assertEquals("MOVED_IN", last(Http.json(moved).getJsonArray("history")).getString("cause"));
        JsonArray history = Http.parse(http.get("/api/v1/me/enrolments", "Authorization", people.get(1))
                        .body())
                .asJsonArray();
        assertEquals(2, history.size(), "the old place stays, cancelled, in the member's history");
    }

    @Test
    void badRequestsGetClearAnswersNeverAServerError() throws Exception {
        assertEquals(401, http.postJson("/api/v1/cohorts/1/enrolments", "{}").statusCode());
        assertEquals(
                404,
                http.postJson("/api/v1/cohorts/999999/enrolments", "{}", "Authorization", MEMBER)
                        .statusCode());
        assertEquals(
                404,
                http.get("/api/v1/enrolments/999999", "Authorization", MEMBER).statusCode());
        assertEquals(
                400,
                http.postJson("/api/v1/cohorts/1/enrolments", "{\"memberId\": \"x\"}", "Authorization", STAFF)
                        .statusCode());
        long draft = newCohort(2, ", \"status\": \"DRAFT\"");
        assertEquals(
                404,
                http.postJson("/api/v1/cohorts/" + draft + "/enrolments", "{}", "Authorization", MEMBER)
                        .statusCode(),
                "a draft is invisible to members");
        long closedWindow = newCohort(2, "", TODAY.plusDays(3));
        HttpResponse<String> closed =
                http.postJson("/api/v1/cohorts/" + closedWindow + "/enrolments", "{}", "Authorization", MEMBER);
        assertEquals(409, closed.statusCode(), closed.body());
        assertTrue(closed.body().contains("Anmeldefenster"), closed.body());
        assertFalse(closed.body().contains("Exception"));
    }

    // ---- helpers

    private JsonObject enrol(long cohort, String member) {
        HttpResponse<String> answer =
                http.postJson("/api/v1/cohorts/" + cohort + "/enrolments", "{}", "Authorization", member);
        assertEquals(201, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private JsonObject roster(long cohort) {
        HttpResponse<String> roster = http.get("/api/v1/cohorts/" + cohort + "/enrolments", "Authorization", STAFF);
        assertEquals(200, roster.statusCode(), roster.body());
        return Http.json(roster);
    }

    private static JsonObject last(JsonArray history) {
        return history.getJsonObject(history.size() - 1);
    }

    /** New member accounts (made by the admin, a few at a time: hashing passwords is slow on purpose). */
    private List<String> newMembers(int count) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<HttpRequest> requests = IntStream.range(0, count)
                .mapToObj(i -> post("/api/v1/accounts", """
                        {"email": "m%d-%s@example.org", "name": "Mitglied %d", "password": "%s", "roles": ["MEMBER"]}""".formatted(i, run, i, MEMBER_PASSWORD), ADMIN))
                .toList();
        List<HttpResponse<String>> created = new ArrayList<>(burst(requests, 4));
        // setting up, not under test: an account the server answered 503 "try again, nothing was saved" (a lock
        // wait ran out on a busy machine) is asked for again, as the answer tells a client to
        for (int round = 0; round < 3; round++) {
            List<Integer> again = IntStream.range(0, count)
                    .filter(i -> created.get(i).statusCode() == 503)
                    .boxed()
                    .toList();
            List<HttpResponse<String>> retried =
                    burst(again.stream().map(requests::get).toList(), 4);
            for (int i = 0; i < again.size(); i++) {
                created.set(again.get(i), retried.get(i));
            }
        }
        assertTrue(created.stream().allMatch(r -> r.statusCode() == 201), firstError(created));
        List<String> members = IntStream.range(0, count)
                .mapToObj(i -> basic("m%d-%s@example.org".formatted(i, run), MEMBER_PASSWORD))
                .toList();
        // each member logs in once before the burst, as people do before they enrol: the burst then measures
        // enrolment, not a hundred password checks (PBKDF2) at the same moment on two cores
        List<HttpResponse<String>> signedIn = burst(
                members.stream()
                        .map(m -> HttpRequest.newBuilder(
                                        URI.create(base.toString()).resolve("/api/v1/me"))
                                .header("Authorization", m)
                                .build())
                        .toList(),
                4);
        assertTrue(signedIn.stream().allMatch(r -> r.statusCode() == 200), firstError(signedIn));
        return members;
    }

    private long newCohort(int capacity, String extra) {
        return newCohort(capacity, extra, TODAY.minusDays(1));
    }

    private long newCohort(int capacity, String extra, LocalDate opens) {
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
        String status = extra.contains("\"status\"") ? "" : ", \"status\": \"OPEN\"";
        HttpResponse<String> created = http.postJson(
                "/api/v1/cohorts",
                """
                {"seriesId": %d, "venueId": %d, "title": "Anmeldetest %s", "capacity": %d,
                 "enrolmentOpens": "%s", "enrolmentCloses": "%s" %s %s}""".formatted(
                                series,
                                venue,
                                UUID.randomUUID().toString().substring(0, 6),
                                capacity,
                                opens,
                                TODAY.plusDays(30),
                                status,
                                extra),
                "Authorization",
                STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private HttpRequest post(String path, String json, String authorization) {
        return HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static List<HttpResponse<String>> burst(List<HttpRequest> requests) throws Exception {
        return burst(requests, requests.size());
    }

    /** Sends the requests at once (up to {@code parallel} in flight) without cookies, as separate clients would. */
    private static List<HttpResponse<String>> burst(List<HttpRequest> requests, int parallel) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(parallel, 64));
        try {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30))
                    .executor(threads)
                    .build();
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(parallel);
            for (HttpRequest request : requests) {
                inFlight.acquire();
                sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .whenComplete((r, e) -> inFlight.release()));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> future : sent) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String firstError(List<HttpResponse<String>> answers) {
        return answers.stream()
                .filter(a -> a.statusCode() >= 300)
                .findFirst()
                .map(a -> a.statusCode() + " " + a.body())
                .orElse("no errors");
    }
}
