package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20's findings, each as it was found: a forged Host header in a password-reset request, a trainer who lost the
 * role but kept the assignment, and the admin's outbox (GET /admin/outbox) that lists mails without usable secrets.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHardeningIT {

    private static final String PASSWORD = "eine-lange-Passphrase-2027";
    private static final String ADMIN = basic("admin@example.org", WorksheetFixture.DEMO_PASSWORD);

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
    void aForgedHostHeaderDoesNotReachThePasswordResetLink() throws Exception {
        String email = newAccount("MEMBER");
        String json = "{\"email\": \"" + email + "\"}";
        String answer = raw("POST /api/v1/password-reset HTTP/1.1\r\nHost: evil.example\r\n"
                + "Content-Type: application/json\r\nContent-Length: "
                + json.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + json);
        assertTrue(answer.startsWith("HTTP/1.1 202"), answer);

        JsonObject mail = awaitMail(email, "PASSWORD_RESET");
        String body = mail.getString("body");
        assertTrue(body.contains("/password-reset.xhtml?token="), body);
        assertFalse(body.contains("evil.example"), body);
        assertEquals("HELD", mail.getString("status"), "no mail server in the tests: held mails keep their link");
    }

    @Test
    void theOutboxIsForAdminsAndSaysWhatItDoesNotKnow() {
        assertEquals(
                403,
                http.get("/api/v1/admin/outbox", "Authorization", WorksheetFixture.STAFF)
                        .statusCode());
        assertEquals(401, http.get("/api/v1/admin/outbox").statusCode());
        HttpResponse<String> unknown = http.get("/api/v1/admin/outbox?kind=NO_SUCH_MAIL", "Authorization", ADMIN);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(
                unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                unknown.headers().toString());
    }

    @Test
    void aTrainerWhoLostTheRoleButKeptTheAssignmentIsRefused() throws Exception {
        String email = newAccount("TRAINER");
        String auth = basic(email, PASSWORD);
        long trainerId = Http.json(http.get("/api/v1/me", "Authorization", auth))
                .getJsonNumber("id")
                .longValue();
        long cohort = cohortTaughtBy(trainerId);
        assertEquals(
                200,
                http.get("/api/v1/cohorts/" + cohort + "/materials", "Authorization", auth)
                        .statusCode());

        HttpResponse<String> demoted = http.putJson(
                "/api/v1/accounts/" + trainerId + "/roles",
                "{\"roles\": [\"MEMBER\"]}",
                "Authorization",
                WorksheetFixture.STAFF);
        assertEquals(200, demoted.statusCode(), demoted.body());

        HttpResponse<String> refused = http.get("/api/v1/cohorts/" + cohort + "/materials", "Authorization", auth);
        assertEquals(404, refused.statusCode(), refused.body());
    }

    @Test
    void aBodyThatIsNoObjectIsA400ProblemAndSoIsOneTooLargeOrTooDeep() {
        String member = basic("member@example.org", WorksheetFixture.DEMO_PASSWORD);
        for (String body : new String[] {"null", "123", "\"x\"", "[]"}) {
            for (String[] call : new String[][] {
                {"PUT", "/api/v1/worksheets/1"},
                {"POST", "/api/v1/worksheets/1/review"},
                {"POST", "/api/v1/goals/1/check-ins"}
            }) {
                HttpResponse<String> answer = call[0].equals("PUT")
                        ? http.putJson(call[1], body, "Authorization", member)
                        : http.postJson(call[1], body, "Authorization", member);
                assertProblem(400, answer, call[0] + " " + call[1] + " " + body);
            }
        }
        String deep = "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000);
        assertProblem(400, http.putJson("/api/v1/worksheets/1", deep, "Authorization", member), "deep");
        assertProblem(400, http.postJson("/api/v1/committees", deep, "Authorization", WorksheetFixture.STAFF), "deep");
        String large = "{\"name\": \"" + "x".repeat(1100 * 1024) + "\"}";
        assertProblem(
                413, http.postJson("/api/v1/committees", large, "Authorization", WorksheetFixture.STAFF), "1.1 MB");
        assertProblem(404, http.get("/api/v1/no-such-thing", "Authorization", member), "unknown path");
    }

    @Test
    void theApiIsChosenOnTheNormalisedPathAndAnswersAreNotCached() {
        Http browser = new Http(http.url("/"));
        browser.formLogin("staff@example.org", WorksheetFixture.DEMO_PASSWORD);
        assertEquals(401, browser.get("/api/v1/me").statusCode(), "the API takes no session cookie");
        for (String disguised : new String[] {"/api;x=1/v1/me", "/%61pi/v1/me", "/api/v1/./me", "/api/x/../v1/me"}) {
            HttpResponse<String> answer = browser.get(disguised);
            assertNotEquals(200, answer.statusCode(), disguised + " took the session cookie: " + answer.body());
            assertFalse(answer.body().contains("staff@example.org"), disguised + ": " + answer.body());
        }
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", WorksheetFixture.STAFF);
        assertEquals(200, me.statusCode());
        assertEquals("no-store", me.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> page = browser.get("/staff/dashboard.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(
                page.headers().allValues("Cache-Control").contains("no-store"),
                page.headers().toString());
    }

    @Test
    void aDateThatIsNoDateOnTheDashboardIsAFriendlyMessage() {
        Http browser = new Http(http.url("/"));
        browser.formLogin("staff@example.org", WorksheetFixture.DEMO_PASSWORD);
        HttpResponse<String> page = browser.get("/staff/dashboard.xhtml?from=abc");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("kein gültiges Datum"), page.body());
    }

    @Test
    void aPagePostWithoutTheCspNonceIsAFriendlyAnswer() {
        Http browser = new Http(http.url("/"));
        String login = browser.get("/login.xhtml").body();
        HttpResponse<String> answer = browser.postForm(
                "/login.xhtml",
                Map.of(
                        "login", "login",
                        "login:email", "member@example.org",
                        "login:password", "falsch",
                        "login:submit", "",
                        "jakarta.faces.ViewState", Http.viewState(login)));
        assertTrue(answer.statusCode() < 500, answer.statusCode() + " " + answer.body());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    void anUnsubscribeLinkAsksFirstAndChangesNothingOnItsOwn() {
        HttpResponse<String> page = http.get("/interest-confirm.xhtml?unsubscribe=true&token=" + UUID.randomUUID());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-outcome=\"ask\""), page.body());
        assertTrue(page.body().contains("unsubscribe:confirm"), page.body());
    }

    private static void assertProblem(int status, HttpResponse<String> answer, String what) {
        assertEquals(status, answer.statusCode(), what + ": " + answer.body());
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                what + ": " + answer.headers());
        assertFalse(answer.body().contains("Exception"), what + ": " + answer.body());
    }

    /** An open cohort of the demo series at the first venue of staff@example.org's organisation. */
    private long cohortTaughtBy(long trainerId) {
        long series = Http.parse(http.get("/api/v1/series").body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long venue = Http.parse(http.get("/api/v1/venues", "Authorization", WorksheetFixture.STAFF)
                        .body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        HttpResponse<String> created = http.postJson(
                "/api/v1/cohorts",
                """
                {"seriesId": %d, "venueId": %d, "title": "Härtung %s", "capacity": 8,
                 "enrolmentOpens": "%s", "enrolmentCloses": "%s", "trainerIds": [%d], "status": "OPEN"}""".formatted(
                                series,
                                venue,
                                UUID.randomUUID().toString().substring(0, 6),
                                today.minusDays(1),
                                today.plusDays(30),
                                trainerId),
                "Authorization",
                WorksheetFixture.STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private String newAccount(String role) {
        String email = "haertung-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> created = http.postJson(
                "/api/v1/accounts", """
                {"email": "%s", "name": "Hanna Härtung", "password": "%s", "roles": ["%s"], "language": "de"}""".formatted(email, PASSWORD, role), "Authorization", WorksheetFixture.STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }

    /** Waits (mails are written after the change commits, on another thread) for a mail of that kind. */
    private JsonObject awaitMail(String to, String kind) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> list =
                    http.get("/api/v1/admin/outbox?to=" + to + "&kind=" + kind, "Authorization", ADMIN);
            assertEquals(200, list.statusCode(), list.body());
            JsonArray mails = Http.parse(list.body()).asJsonArray();
            if (!mails.isEmpty()) {
                JsonObject mail = mails.getJsonObject(0);
                assertEquals(to, mail.getString("to"));
                assertEquals(kind, mail.getString("kind"));
                return mail;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no " + kind + " mail to " + to);
    }

    /** A request as bytes on a socket: java.net.http does not let a client choose the Host header. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
