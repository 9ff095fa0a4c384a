package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads as a script would send them (raw multipart, no browser) and who may download what. Reads the demo
 * cohorts' enrolments but never changes them.
 */
@ExtendWith(ArquillianExtension.class)
class MaterialsApiIT {

    private static final String PASSWORD = "demo-password-2027";
    private static final String TRAINER = basic("trainer@example.org", PASSWORD);
    private static final String MEMBER = basic("member@example.org", PASSWORD);
    private static final String BONN = "Bonn – Samstagsreihe";
    private static final List<String> DEMO_MEMBERS = List.of(
            "olena.kovalenko@example.org",
            "samuel.mensah@example.org",
            "fatima.elamrani@example.org",
            "nikos.papadopoulos@example.org",
            "marta.nowak@example.org",
            "tarek.hassan@example.org",
            "hoa.nguyen@example.org",
            "dragan.petrovic@example.org",
            "lina.schmidt@example.org");
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    @ArquillianResource
    private URL base;

    private Http http;
    private final HttpClient client = HttpClient.newHttpClient();

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
    void aTrainerUploadsAPdfAndOnlyTheCohortsSeatedMembersMayDownloadIt() throws Exception {
        long bonn = bonnCohort();
        HttpResponse<String> created = upload(bonn, "Folien Tag 1 – Übersicht.pdf", "application/pdf", PDF, TRAINER);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject material = Http.json(created);
        long id = material.getJsonNumber("id").longValue();
        assertEquals("application/pdf", material.getJsonObject("newest").getString("contentType"));

        HttpResponse<byte[]> download = download(id, MEMBER);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "nosniff",
                download.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition =
                download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(
                disposition.contains("filename*=UTF-8''Folien%20Tag%201%20%E2%80%93%20%C3%9Cbersicht.pdf"),
                disposition);
        assertTrue(titles(bonn, MEMBER).contains("Folien Tag 1 – Übersicht"));

        String waiting = demoMemberWith(BONN, "WAITLISTED", true).orElseThrow();
        assertEquals(404, download(id, waiting).statusCode());
        assertEquals(
                404,
                http.get("/api/v1/cohorts/" + bonn + "/materials", "Authorization", waiting)
                        .statusCode());
        String elsewhere = demoMemberWith(BONN, "CONFIRMED", false).orElseThrow();
        assertEquals(404, download(id, elsewhere).statusCode());
        int anonymous = download(id, null).statusCode();
        assertTrue(anonymous == 401 || anonymous == 404, "anonymous: " + anonymous);
    }

    @Test
    void dangerousFilesRenamedPdfAndOversizedFilesAreRefusedAndNothingIsStored() throws Exception {
        long bonn = bonnCohort();
        List<String> before = titles(bonn, TRAINER);
        byte[][] bad = {
            "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
            "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>".getBytes(StandardCharsets.UTF_8),
            {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0},
            "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)
        };
        for (byte[] content : bad) {
            HttpResponse<String> answer = upload(bonn, "harmlos.pdf", "application/pdf", content, TRAINER);
            assertEquals(400, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("Dateityp ist nicht erlaubt"), answer.body());
        }
        byte[] oversized = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        HttpResponse<String> tooLarge = upload(bonn, "gross.pdf", "application/pdf", oversized, TRAINER);
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("zu groß"), tooLarge.body());
        assertEquals(before, titles(bonn, TRAINER));
    }

    @Test
    void membersCannotUploadAndOthersCannotSeeTheCohort() throws Exception {
        long bonn = bonnCohort();
        assertEquals(404, upload(bonn, "a.pdf", "application/pdf", PDF, MEMBER).statusCode());
    }

    private long bonnCohort() {
        JsonArray mine = Http.parse(http.get("/api/v1/me/enrolments", "Authorization", MEMBER)
                        .body())
                .asJsonArray();
        return mine.getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("cohortTitle").equals(BONN))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("cohortId")
                .longValue();
    }

    /** A demo member with (or, if {@code in} is false, without) that status in the cohort. */
    private Optional<String> demoMemberWith(String cohortTitle, String status, boolean in) {
        return DEMO_MEMBERS.stream()
                .map(email -> basic(email, PASSWORD))
                .filter(auth -> {
                    HttpResponse<String> answer = http.get("/api/v1/me/enrolments", "Authorization", auth);
                    if (answer.statusCode() != 200) {
                        return false;
                    }
                    List<JsonObject> mine =
                            Http.parse(answer.body()).asJsonArray().getValuesAs(JsonObject.class);
                    boolean inCohort = mine.stream()
                            .anyMatch(e -> e.getString("cohortTitle").equals(cohortTitle)
                                    && (in
                                            ? e.getString("status").equals(status)
                                            : !e.getString("status").equals("CANCELLED")));
                    boolean confirmedElsewhere = mine.stream()
                            .anyMatch(e -> !e.getString("cohortTitle").equals(cohortTitle)
                                    && e.getString("status").equals(status));
                    return in ? inCohort : !inCohort && confirmedElsewhere;
                })
                .findFirst();
    }

    private List<String> titles(long cohort, String auth) {
        HttpResponse<String> answer = http.get("/api/v1/cohorts/" + cohort + "/materials", "Authorization", auth);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.parse(answer.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("title"))
                .toList();
    }

    private HttpResponse<String> upload(long cohort, String fileName, String claimedType, byte[] content, String auth)
            throws Exception {
        String boundary = "----materials" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "title", fileName.replaceAll("\\.pdf$", ""));
        field(body, boundary, "language", "de");
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + claimedType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/cohorts/" + cohort + "/materials"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", auth)
                .header("Accept-Language", "de")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws Exception {
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> download(long id, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/materials/" + id + "/download"));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) throws Exception {
        return base.toURI().resolve(path);
    }
}
