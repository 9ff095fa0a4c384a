package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operations on the running application. Backups: one made through the API while admins keep creating organisations,
 * restored with bin/restore into a fresh data dir, holds every organisation whose creation was answered before the
 * backup was asked for; the admins' page makes one too, and the admin's home warns while there is none. Health is
 * split into liveness and readiness, and /metrics is closed to anyone but admins and the configured scraper token.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    /** As the pom gives it to the test server (-Dacademy.metrics.token). */
    private static final String METRICS_TOKEN = "it-metrics-token";

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

    /** An organisation whose creation was answered 201, and when. */
    record Ack(String name, long at) {}

    @Test
    @Order(1)
    void aBackupUnderConcurrentWritesRestoresEveryAnsweredWrite() throws Exception {
        if (onPostgreSql()) {
            HttpResponse<String> refused = http.postJson("/api/v1/admin/backups", "", "Authorization", ADMIN);
            assertEquals(409, refused.statusCode(), "PostgreSQL is backed up with pg_dump: " + refused.body());
            assertTrue(refused.body().contains("pg_dump"), refused.body());
            return;
        }
        Http admin = new Http(base.toURI());
        admin.formLogin("admin@example.org", DEMO_PASSWORD);
        assertEquals(
                listed().isEmpty(),
                admin.get("/admin/accounts.xhtml").body().contains("id=\"backupWarning\""),
                "while there is no backup, the admin's home warns");

        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = List.of(writer(acks, writing), writer(acks, writing));
        writers.forEach(Thread::start);
        awaitAcks(acks, 20);
        long began = System.nanoTime();
        HttpResponse<String> made = http.postJson("/api/v1/admin/backups", "", "Authorization", ADMIN);
        awaitAcks(acks, acks.size() + 5);
        writing.set(false);
        for (Thread w : writers) {
            w.join();
        }

        assertEquals(201, made.statusCode(), made.body());
        JsonObject backup = json(made);
        assertEquals(
                List.of("bytes", "createdAt", "id", "path"),
                backup.keySet().stream().sorted().toList());
        assertTrue(backup.getJsonNumber("bytes").longValue() > 0);
        assertTrue(listed().stream().anyMatch(b -> b.getString("id").equals(backup.getString("id"))));
        assertFalse(admin.get("/admin/accounts.xhtml").body().contains("id=\"backupWarning\""), "a fresh backup");

        Path restored = Path.of("target", "it-restored-" + UUID.randomUUID());
        Process restore = new ProcessBuilder("bin/restore", backup.getString("path"), restored.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, restore.waitFor(), output);
        Set<String> inBackup = organisations(restored.resolve("db"));
        List<Ack> answeredBefore = acks.stream().filter(a -> a.at() < began).toList();
        assertTrue(answeredBefore.size() >= 20);
        answeredBefore.forEach(a -> assertTrue(inBackup.contains(a.name()), a.name() + " is in the backup"));
        assertTrue(inBackup.contains("VHS Bonn"), "the demo data too");
    }

    @Test
    void theAdminsPageMakesABackupAndListsIt() throws Exception {
        Http admin = new Http(base.toURI());
        admin.formLogin("admin@example.org", DEMO_PASSWORD);
        String page = admin.get("/admin/backups.xhtml").body();
        if (onPostgreSql()) {
            assertTrue(page.contains("pg_dump"), "the page points to pg_dump on PostgreSQL: " + page);
            return;
        }

        HttpResponse<String> clicked = admin.submit(
                page,
                "/admin/backups.xhtml",
                Map.of(
                        "backups", "backups",
                        "backups:makeNow", "",
                        "jakarta.faces.partial.ajax", "true",
                        "jakarta.faces.source", "backups:makeNow",
                        "jakarta.faces.partial.execute", "backups:makeNow",
                        "jakarta.faces.partial.render", "backups"));

        assertEquals(200, clicked.statusCode(), clicked.body());
        String newest = listed().get(0).getString("id");
        assertTrue(clicked.body().contains(newest), "the new backup is listed at once: " + clicked.body());
    }

    @Test
    void onlyAdminsSeeOrMakeBackups() {
        assertEquals(401, http.get("/api/v1/admin/backups").statusCode());
        assertEquals(
                403,
                http.postJson("/api/v1/admin/backups", "", "Authorization", STAFF)
                        .statusCode());
        assertEquals(
                403, http.get("/api/v1/admin/backups", "Authorization", STAFF).statusCode());
    }

    @Test
    void healthIsSplitIntoLivenessAndReadinessWhichChecksTheDatabase() {
        HttpResponse<String> live = http.get("/health/live");
        HttpResponse<String> ready = http.get("/health/ready");
        HttpResponse<String> health = http.get("/health");

        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", json(live).getString("status"));
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(checkNames(ready).contains("database"), ready.body());
        assertTrue(checkNames(ready).contains("backup"), ready.body());
        assertFalse(checkNames(live).contains("database"), "a lost database is no reason to restart the server");
        assertEquals(200, health.statusCode());
        assertTrue(checkNames(health).contains("database"), "/health answers as before");
    }

    @Test
    void metricsAreForAdminsAndTheConfiguredScraperOnly() {
        HttpResponse<String> anonymous = http.get("/metrics");
        HttpResponse<String> staff = http.get("/metrics", "Authorization", STAFF);
        HttpResponse<String> wrongToken = http.get("/metrics", "Authorization", "Bearer not-the-token");
        HttpResponse<String> admin = http.get("/metrics", "Authorization", ADMIN);
        HttpResponse<String> scraper = http.get("/metrics", "Authorization", "Bearer " + METRICS_TOKEN);

        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertFalse(anonymous.body().contains("jvm"), "nothing of the figures");
        assertEquals(403, staff.statusCode());
        assertEquals(401, wrongToken.statusCode());
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("jvm") || admin.body().contains("base_"), admin.body());
        assertEquals(200, scraper.statusCode());
    }

    private static List<String> checkNames(HttpResponse<String> health) {
        return json(health).getJsonArray("checks").stream()
                .map(c -> c.asJsonObject().getString("name"))
                .toList();
    }

    private List<JsonObject> listed() {
        HttpResponse<String> list = http.get("/api/v1/admin/backups", "Authorization", ADMIN);
        assertEquals(200, list.statusCode(), list.body());
        return Http.parse(list.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private Thread writer(ConcurrentLinkedQueue<Ack> acks, AtomicBoolean writing) throws Exception {
        Http client = new Http(base.toURI());
        return new Thread(() -> {
            while (writing.get()) {
                String name = "Backup-IT " + UUID.randomUUID();
                HttpResponse<String> created = client.postJson(
                        "/api/v1/organisations",
                        "{\"name\":\"%s\",\"city\":\"Bonn\"}".formatted(name),
                        "Authorization",
                        ADMIN);
                if (created.statusCode() == 201) {
                    acks.add(new Ack(name, System.nanoTime()));
                }
            }
        });
    }

    private static void awaitAcks(ConcurrentLinkedQueue<Ack> acks, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (acks.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static Set<String> organisations(Path db) throws SQLException {
        Set<String> names = new HashSet<>();
        String url = "jdbc:derby:" + db.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT name FROM organisation")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby answers a shutdown with an exception
            }
        }
        return names;
    }

    /** The PostgreSQL run of the container tests names the server's database in ACADEMY_DB_URL (see pom.xml). */
    private static boolean onPostgreSql() {
        String url = System.getenv("ACADEMY_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql");
    }
}
