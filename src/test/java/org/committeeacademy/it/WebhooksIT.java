package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.committeeacademy.webhook.domain.WebhookSignature;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks against a receiver of the test's own (com.sun.net.httpserver): signed deliveries with the documented
 * payload, a retry after a 500, and organisation scoping (Köln's staff never hear of Bonn's enrolments). The test
 * deployment allows http to local addresses (academy.oparl.allow-local) and retries after seconds
 * (academy.webhook.back-off-seconds); the job looks every 5 s.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String STAFF_KOELN = basic("staff-koeln@example.org", DEMO_PASSWORD);
    private static final long WAIT_MILLIS = 120_000;

    /** What the receiver got: the path, the headers it checks, the body. */
    record Received(String path, Map<String, String> headers, String body) {}

    @ArquillianResource
    private URL base;

    private Http http;
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Integer>> plannedAnswers = new ConcurrentHashMap<>();
    private final List<String[]> registered = new CopyOnWriteArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void start() throws Exception {
        Deployments.awaitAnswering(base);
        http = new Http(base.toURI());
        receiver = HttpServer.create(new InetSocketAddress(0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(2));
        receiver.createContext("/", this::receive);
        receiver.start();
    }

    @AfterEach
    void stop() {
        registered.forEach(r -> http.delete("/api/v1/webhooks/" + r[0], "Authorization", r[1]));
        receiver.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new ConcurrentHashMap<>();
        for (String name :
                List.of("X-Academy-Signature", "X-Academy-Timestamp", "X-Academy-Event", "X-Academy-Delivery")) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(path, headers, body));
        Integer status =
                plannedAnswers.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
        exchange.sendResponseHeaders(status == null ? 204 : status, -1);
        exchange.close();
    }

    private String hookUrl(String path) {
        return "http://" + base.getHost() + ":" + receiver.getAddress().getPort() + path;
    }

    private JsonObject register(String auth, String path, String events) {
        HttpResponse<String> created = http.postJson(
                "/api/v1/webhooks",
                "{\"url\":\"%s\",\"events\":[%s]}".formatted(hookUrl(path), events),
                "Authorization",
                auth);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject hook = json(created);
        registered.add(new String[] {String.valueOf(hook.getJsonNumber("id").longValue()), auth});
        assertTrue(hook.getString("secret").startsWith("whsec_"), "the secret is shown once, at creation");
        return hook;
    }

    private Received awaitReceived(String path, String event, String bodyPart) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            for (Received r : received) {
                if (r.path().equals(path)
                        && event.equals(r.headers().get("X-Academy-Event"))
                        && r.body().contains(bodyPart)) {
                    return r;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no " + event + " at " + path + " within " + WAIT_MILLIS + " ms; got " + received);
    }

    @Test
    void anEnrolmentReachesItsOrganisationsWebhookSignedAndWithoutPersonalData() throws Exception {
        JsonObject bonn = register(STAFF, "/bonn", "\"enrolment.created\",\"enrolment.cancelled\"");
        JsonObject koeln = register(STAFF_KOELN, "/koeln", "\"enrolment.created\"");
        assertTrue(
                Http.parse(http.get("/api/v1/webhooks", "Authorization", STAFF_KOELN)
                                .body())
                        .asJsonArray()
                        .stream()
                        .noneMatch(w -> w.asJsonObject().getString("url").endsWith("/bonn")),
                "Köln's staff do not see Bonn's webhooks");
        assertFalse(
                Http.parse(http.get("/api/v1/webhooks", "Authorization", STAFF).body())
                        .toString()
                        .contains("whsec_"),
                "the secret is never shown again");
        Http browser = new Http(base.toURI());
        assertEquals(302, browser.formLogin("staff@example.org", DEMO_PASSWORD).statusCode());
        HttpResponse<String> page = browser.get("/staff/webhooks.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains(hookUrl("/bonn")) && !page.body().contains(hookUrl("/koeln")), page.body());
        assertTrue(page.body().contains("Testereignis senden") && page.body().contains("Zustellungen"));

        long bonnId = bonn.getJsonNumber("id").longValue();
        assertEquals(
                404,
                http.get("/api/v1/webhooks/" + bonnId + "/deliveries", "Authorization", STAFF_KOELN)
                        .statusCode());
        assertEquals(
                404,
                http.delete("/api/v1/webhooks/" + bonnId, "Authorization", STAFF_KOELN)
                        .statusCode());

        WorksheetFixture fixture = new WorksheetFixture(http);
        long cohort = fixture.newCohort();
        String email = fixture.newMemberEmail(cohort);

        Received got = awaitReceived("/bonn", "enrolment.created", "\"cohortId\":" + cohort + ",");
        long timestamp = Long.parseLong(got.headers().get("X-Academy-Timestamp"));
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - timestamp) < 600);
        assertTrue(
                WebhookSignature.verify(
                        bonn.getString("secret"),
                        timestamp,
                        got.body(),
                        got.headers().get("X-Academy-Signature")),
                "HMAC-SHA256 over timestamp.body with the endpoint's secret");
        assertNotNull(got.headers().get("X-Academy-Delivery"));
        JsonObject event = Http.parse(got.body()).asJsonObject();
        assertEquals("enrolment.created", event.getString("type"));
        assertNotNull(event.getString("id"));
        assertNotNull(event.getString("occurredAt"));
        JsonObject data = event.getJsonObject("data");
        assertEquals(cohort, data.getJsonNumber("cohortId").longValue());
        assertEquals("CONFIRMED", data.getString("status"));
        assertFalse(got.body().contains(email) || got.body().contains("@"), "no e-mail address: " + got.body());
        assertFalse(got.body().contains("Mitglied"), "no name: " + got.body());

        // the job queues an event for every listening endpoint in the one transaction that queued Bonn's delivery: had
        // Köln's endpoint been chosen, its outbox would hold a delivery now, sent or not
        HttpResponse<String> koelnDeliveries = http.get(
                "/api/v1/webhooks/" + koeln.getJsonNumber("id").longValue() + "/deliveries",
                "Authorization",
                STAFF_KOELN);
        assertEquals(200, koelnDeliveries.statusCode());
        assertTrue(
                Http.parse(koelnDeliveries.body()).asJsonArray().isEmpty(),
                "Köln never gets Bonn's events: " + koelnDeliveries.body());
        assertTrue(
                received.stream()
                        .noneMatch(r -> r.path().equals("/koeln") && r.body().contains("\"cohortId\":" + cohort)),
                "Köln never gets Bonn's events");
        HttpResponse<String> deliveries =
                http.get("/api/v1/webhooks/" + bonnId + "/deliveries", "Authorization", STAFF);
        assertEquals(200, deliveries.statusCode());
        JsonObject first = Http.parse(deliveries.body()).asJsonArray().getJsonObject(0);
        assertEquals("DELIVERED", first.getString("status"), deliveries.body());
        assertEquals(204, first.getInt("lastStatusCode"));
    }

    @Test
    void aTestEventRefusedWith500IsRetriedUntilTaken() throws Exception {
        plannedAnswers.put("/flaky", new ConcurrentLinkedQueue<>(List.of(500)));
        JsonObject hook = register(STAFF, "/flaky", "\"session.moved\"");
        long id = hook.getJsonNumber("id").longValue();

        HttpResponse<String> test = http.postJson("/api/v1/webhooks/" + id + "/test", "", "Authorization", STAFF);
        assertEquals(200, test.statusCode(), test.body());
        JsonObject first = json(test);
        assertEquals("PENDING", first.getString("status"), test.body());
        assertEquals(1, first.getInt("attempts"));
        assertEquals(500, first.getInt("lastStatusCode"));

        long until = System.currentTimeMillis() + WAIT_MILLIS;
        JsonObject delivery = first;
        while (!delivery.getString("status").equals("DELIVERED") && System.currentTimeMillis() < until) {
            Thread.sleep(1000);
            delivery = Http.parse(http.get("/api/v1/webhooks/" + id + "/deliveries", "Authorization", STAFF)
                            .body())
                    .asJsonArray()
                    .getJsonObject(0);
        }
        assertEquals("DELIVERED", delivery.getString("status"), delivery.toString());
        assertEquals(2, delivery.getInt("attempts"));
        List<Received> attempts =
                received.stream().filter(r -> r.path().equals("/flaky")).toList();
        assertEquals(2, attempts.size());
        assertEquals(
                attempts.get(0).headers().get("X-Academy-Delivery"),
                attempts.get(1).headers().get("X-Academy-Delivery"),
                "a retry is the same delivery");
        assertEquals("webhook.test", attempts.get(1).headers().get("X-Academy-Event"));

        assertEquals(
                204,
                http.delete("/api/v1/webhooks/" + id, "Authorization", STAFF).statusCode());
        assertEquals(
                404,
                http.get("/api/v1/webhooks/" + id + "/deliveries", "Authorization", STAFF)
                        .statusCode());
    }

    @Test
    void aWebhookNeedsAnAddressAndKnownEvents() {
        HttpResponse<String> noEvents = http.postJson(
                "/api/v1/webhooks", "{\"url\":\"%s\",\"events\":[]}".formatted(hookUrl("/x")), "Authorization", STAFF);
        assertEquals(400, noEvents.statusCode(), noEvents.body());
        HttpResponse<String> unknown = http.postJson(
                "/api/v1/webhooks",
                "{\"url\":\"%s\",\"events\":[\"everything\"]}".formatted(hookUrl("/x")),
                "Authorization",
                STAFF);
        assertEquals(400, unknown.statusCode(), unknown.body());
        HttpResponse<String> ftp = http.postJson(
                "/api/v1/webhooks",
                "{\"url\":\"ftp://example.org/x\",\"events\":[\"session.moved\"]}",
                "Authorization",
                STAFF);
        assertEquals(400, ftp.statusCode(), ftp.body());
        assertEquals(
                403,
                http.get("/api/v1/webhooks", "Authorization", basic("member@example.org", DEMO_PASSWORD))
                        .statusCode());
    }
}
