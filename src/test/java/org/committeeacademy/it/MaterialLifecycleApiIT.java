package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
 * A material's life over the API: new versions, links, when members begin to see it, deletion, a file gone from
 * the disk, and the module handouts. Works in the demo cohort "Bonn – Samstagsreihe" with materials of its own,
 * each with content no other test uploads, and leaves the cohort's enrolments alone.
 */
@ExtendWith(ArquillianExtension.class)
class MaterialLifecycleApiIT {

    private static final String PASSWORD = "demo-password-2027";
    private static final String TRAINER = basic("trainer@example.org", PASSWORD);
    private static final String MEMBER = basic("member@example.org", PASSWORD);

    @ArquillianResource
    private URL base;

    private Http http;
    private final HttpClient client = HttpClient.newHttpClient();
    private long bonn;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void client() throws Exception {
        Deployments.awaitAnswering(base);
        http = new Http(base.toURI());
        bonn = Http.parse(http.get("/api/v1/me/enrolments", "Authorization", MEMBER)
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("cohortTitle").equals("Bonn – Samstagsreihe"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("cohortId")
                .longValue();
    }

    @Test
    void aNewFileIsANewVersionMembersGetTheNewestTrainersEveryOne() throws Exception {
        byte[] first = pdf("first");
        byte[] second = pdf("second");
        JsonObject created = created(add(Map.of("title", "Folien Sitzung 2"), "folien.pdf", first, TRAINER));
        long id = created.getJsonNumber("id").longValue();

        HttpResponse<String> replaced =
                send("/api/v1/materials/" + id + "/versions", Map.of(), "folien-v2.pdf", second, TRAINER);
        assertEquals(201, replaced.statusCode(), replaced.body());
        assertEquals(2, Http.json(replaced).getJsonObject("newest").getInt("number"));

        assertArrayEquals(second, download(id, "", MEMBER).body());
        assertArrayEquals(second, download(id, "?version=1", MEMBER).body(), "members always get the newest");
        assertArrayEquals(first, download(id, "?version=1", TRAINER).body());
        assertEquals(2, material(id, TRAINER).getJsonArray("versions").size());
        assertTrue(material(id, MEMBER).getJsonArray("versions").isEmpty(), "members see no history");
        assertEquals(404, download(id, "?version=7", TRAINER).statusCode());
        assertEquals(
                404,
                send("/api/v1/materials/" + id + "/versions", Map.of(), "x.pdf", pdf("m"), MEMBER)
                        .statusCode());

        Http page = signedIn("member@example.org");
        HttpResponse<String> fromPage = page.get("/member/material-file?id=" + id);
        assertEquals(200, fromPage.statusCode());
        assertEquals(new String(second, StandardCharsets.UTF_8), fromPage.body());
        assertTrue(
                fromPage.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    }

    @Test
    void linksMustBeHttpsAndShowUpForMembers() throws Exception {
        Map<String, String> link =
                new LinkedHashMap<>(Map.of("title", "Ratsinformationssystem Bonn", "url", "https://www.bonn.de/rat"));
        JsonObject created = created(add(link, null, null, TRAINER));
        assertEquals("LINK", created.getString("kind"));
        assertEquals("https://www.bonn.de/rat", created.getString("url"));
        assertTrue(titles(MEMBER).contains("Ratsinformationssystem Bonn"));

        for (String bad : List.of("javascript:alert(1)", "http://example.org/", "ftp://example.org/x", "nur Text")) {
            HttpResponse<String> refused = add(Map.of("title", "Schlecht", "url", bad), null, null, TRAINER);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
        }
        assertFalse(titles(TRAINER).contains("Schlecht"));
    }

    @Test
    void membersSeeAMaterialOnlyOnceItsTimeHasCome() throws Exception {
        long future = Http.json(http.get("/api/v1/cohorts/" + bonn))
                .getJsonArray("sessions")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> OffsetDateTime.parse(s.getString("end")).isAfter(OffsetDateTime.now()))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        JsonObject afterSession = created(add(
                Map.of(
                        "title",
                        "Fotos vom Flipchart",
                        "visibility",
                        "AFTER_SESSION",
                        "sessionId",
                        String.valueOf(future)),
                "flipchart.pdf",
                pdf("flipchart"),
                TRAINER));
        String tomorrow = Instant.now()
                .plus(1, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        JsonObject later = created(add(
                Map.of("title", "Lösungen zur Übung", "visibleFrom", tomorrow),
                "loesungen.pdf",
                pdf("later"),
                TRAINER));

        assertFalse(afterSession.getBoolean("visibleToMembers"));
        assertFalse(later.getBoolean("visibleToMembers"));
        List<String> members = titles(MEMBER);
        assertFalse(members.contains("Fotos vom Flipchart"), members.toString());
        assertFalse(members.contains("Lösungen zur Übung"), members.toString());
        assertEquals(
                404,
                download(afterSession.getJsonNumber("id").longValue(), "", MEMBER)
                        .statusCode());
        assertEquals(
                404, download(later.getJsonNumber("id").longValue(), "", MEMBER).statusCode());
        assertEquals(
                200,
                download(later.getJsonNumber("id").longValue(), "", TRAINER).statusCode());
    }

    @Test
    void aDeletedMaterialIsGoneForEveryoneAndOnlyItsManagersMayDeleteIt() throws Exception {
        long id = created(add(Map.of("title", "Veraltete Liste"), "liste.pdf", pdf("old list"), TRAINER))
                .getJsonNumber("id")
                .longValue();
        assertEquals(404, delete(id, MEMBER).statusCode());
        assertEquals(200, download(id, "", MEMBER).statusCode());

        assertEquals(204, delete(id, TRAINER).statusCode());

        assertEquals(404, download(id, "", MEMBER).statusCode());
        assertEquals(404, download(id, "", TRAINER).statusCode());
        assertFalse(titles(TRAINER).contains("Veraltete Liste"));
        assertEquals(
                404,
                signedIn("member@example.org")
                        .get("/member/material-file?id=" + id)
                        .statusCode());
    }

    @Test
    void aFileMissingOnDiskIsAClearGoneNotAServerError() throws Exception {
        byte[] content = pdf("lost " + UUID.randomUUID());
        JsonObject created = created(add(Map.of("title", "Verlorene Datei"), "verloren.pdf", content, TRAINER));
        String sha = created.getJsonObject("newest").getString("sha256");
        Path stored = Path.of(System.getProperty("academy.it.data.dir"), "materials", sha.substring(0, 2), sha);
        assertTrue(Files.deleteIfExists(stored), "the stored file at " + stored);

        HttpResponse<byte[]> gone = download(created.getJsonNumber("id").longValue(), "", MEMBER);

        assertEquals(410, gone.statusCode());
        String body = new String(gone.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("nicht mehr vorhanden"), body);
        HttpResponse<String> page =
                signedIn("member@example.org").get("/member/material-file?id=" + created.getJsonNumber("id"));
        assertEquals(410, page.statusCode());
        assertTrue(page.body().contains("Datei nicht mehr vorhanden"), page.body());
    }

    @Test
    void aBodyFarBeyondTheLimitIsRefusedBeforeItIsRead() throws Exception {
        byte[] huge = Arrays.copyOf(pdf("huge"), 22 * 1024 * 1024);
        HttpResponse<String> refused = add(Map.of("title", "Riesig"), "riesig.pdf", huge, TRAINER);
        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("zu groß"), refused.body());
        assertFalse(titles(TRAINER).contains("Riesig"));
    }

    @Test
    void aModulesHandoutsAreListedForTheCohortAndReadableByTheirListedPathOnly() {
        List<JsonObject> handouts = list(MEMBER).stream()
                .filter(m -> m.getString("kind").equals("MODULE_FILE"))
                .toList();
        assertFalse(handouts.isEmpty());
        JsonObject smart = handouts.stream()
                .filter(m -> m.getString("moduleFile").equals("materials/vom-problem-zum-smart-ziel.de.md"))
                .findFirst()
                .orElseThrow();

        HttpResponse<String> text = http.get(smart.getString("url"));
        assertEquals(200, text.statusCode());
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
        assertTrue(text.body().contains("SMART"), text.body());
        assertEquals(
                404,
                http.get("/api/v1/modules/strategic-goals/materials/module.yaml")
                        .statusCode());
        assertEquals(
                404,
                http.get("/api/v1/modules/strategic-goals/materials/..%2Fmodule.yaml")
                        .statusCode());
        assertEquals(
                404,
                http.get("/api/v1/modules/strategic-goals/materials/materials/nichts.md")
                        .statusCode());

        HttpResponse<String> page =
                http.get("/module-material.xhtml?module=strategic-goals&file=" + smart.getString("moduleFile"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"handout\""), page.body());
        assertTrue(page.body().contains("<h1>"), page.body());
        assertEquals(
                404,
                http.get("/module-material.xhtml?module=strategic-goals&file=module.yaml")
                        .statusCode());
    }

    private Http signedIn(String email) throws Exception {
        Http page = new Http(base.toURI());
        HttpResponse<String> login = page.formLogin(email, PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        return page;
    }

    private JsonObject created(HttpResponse<String> answer) {
        assertEquals(201, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private JsonObject material(long id, String auth) {
        HttpResponse<String> answer = http.get("/api/v1/materials/" + id, "Authorization", auth);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private List<JsonObject> list(String auth) {
        HttpResponse<String> answer = http.get("/api/v1/cohorts/" + bonn + "/materials", "Authorization", auth);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.parse(answer.body()).asJsonArray().getValuesAs(JsonObject.class);
    }

    private List<String> titles(String auth) {
        return list(auth).stream().map(m -> m.getString("title")).toList();
    }

    private HttpResponse<String> add(Map<String, String> fields, String fileName, byte[] content, String auth)
            throws Exception {
        return send("/api/v1/cohorts/" + bonn + "/materials", fields, fileName, content, auth);
    }

    private HttpResponse<String> send(
            String path, Map<String, String> fields, String fileName, byte[] content, String auth) throws Exception {
        return new MaterialUploads(base.toURI()).send(path, fields, fileName, content, auth);
    }

    private HttpResponse<byte[]> download(long id, String query, String auth) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        base.toURI().resolve("/api/v1/materials/" + id + "/download" + query))
                .header("Authorization", auth)
                .header("Accept-Language", "de")
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> delete(long id, String auth) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("/api/v1/materials/" + id))
                .header("Authorization", auth)
                .DELETE()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] pdf(String note) {
        return MaterialUploads.pdf(note);
    }
}
