package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The VHS exchange format over the API and the staff's exchange page: a cohort of its own with two sessions and a fee,
 * exported as CSV and XLSX with the right headers, a participant list previewed and imported through the enrolment
 * path, the export read back as "already enrolled", and who may read what (another VHS 404, the coordinator no person,
 * a member 403).
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeIT {

    private static final String STAFF = DemoApi.STAFF;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    private URL base;

    private Http http;
    private DemoApi demo;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void answering() throws Exception {
        Deployments.awaitAnswering(base);
        http = new Http(base.toURI());
        demo = new DemoApi(http);
    }

    @Test
    void staffExportACohortImportParticipantsAndReadTheExportBackAsAlreadyEnrolled() throws Exception {
        JsonObject venue = demo.venue(DemoApi.BONN);
        long room = DemoApi.roomId(venue, DemoApi.BONN_ROOM);
        long cohort = demo.cohort(
                "Austausch", venue.getJsonNumber("id").longValue(), ", \"status\": \"OPEN\", \"fee\": 49.5");
        LocalDate day = LocalDate.now()
                .plusYears(4)
                .plusDays(ThreadLocalRandom.current().nextInt(300));
        demo.session(cohort, demo.module(0), day, "18:00", "19:40", room); // 100 min: 2.0 UE
        demo.session(cohort, demo.module(1), day.plusDays(7), "10:00", "16:00", room); // 360 min: 8.0 UE
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String jurgen = "jurgen-" + tag + "@example.org";
        String salma = "salma-" + tag + "@example.org";
        long jurgenId = demo.account(jurgen, "Jürgen Weiß " + tag, DemoApi.PASSWORD, "MEMBER");
        demo.account(salma, "سلمى حداد " + tag, DemoApi.PASSWORD, "MEMBER");
        demo.enrolConfirmed(cohort, jurgenId);

        HttpResponse<byte[]> cohorts = get("/cohorts/" + cohort + "/export?format=csv", STAFF);
        assertEquals(200, cohorts.statusCode());
        assertEquals("text/csv;charset=utf-8", type(cohorts));
        assertTrue(
                cohorts.headers()
                        .firstValue("Content-Disposition")
                        .orElse("")
                        .contains("filename=\"kurs-" + cohort + "-cohorts.csv\""),
                cohorts.headers().map().toString());
        String cohortsCsv = text(cohorts);
        assertTrue(cohortsCsv.startsWith("\uFEFF\"Kurs-Nr\";\"Kurstitel\""), cohortsCsv);
        assertTrue(cohortsCsv.contains(";\"2\";\"10,0\";\"49,50\";\"8\";\"1\";\"0\""), cohortsCsv);

        String sessions = text(get("/cohorts/" + cohort + "/export?format=csv&part=sessions", STAFF));
        assertTrue(sessions.contains("\"18:00\";\"19:40\";\"100\";\"2,0\""), sessions);
        assertTrue(sessions.contains("\"10:00\";\"16:00\";\"360\";\"8,0\""), sessions);

        HttpResponse<byte[]> xlsx = get("/cohorts/" + cohort + "/export?format=xlsx", STAFF);
        assertEquals(200, xlsx.statusCode());
        assertEquals(XLSX, type(xlsx));
        String workbook =
                org.committeeacademy.shared.export.Workbooks.parts(xlsx.body()).get("xl/workbook.xml");
        assertTrue(workbook.contains("Teilnehmende"), workbook);

        String list = "Name;E-Mail;Sprache\n"
                + "Jürgen Weiß;" + jurgen + ";de\n"
                + "سلمى حداد;" + salma + ";ar\n"
                + "\"Neu\r\n" + tag + "\";neu-" + tag + "@example.org;tr\n" // a wrapped cell: one name
                + "Kaputt;keine-adresse;de\n";
        JsonObject preview = Http.json(upload("/cohorts/" + cohort + "/participant-import/preview", list, STAFF));
        JsonArray lines = preview.getJsonArray("lines");
        assertEquals(
                List.of("ALREADY_ENROLLED", "CONFIRM", "INVITE", "ERROR"),
                lines.getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getString("action"))
                        .toList());
        assertEquals("E-Mail", lines.getJsonObject(3).getString("column"));
        assertEquals("Neu " + tag, lines.getJsonObject(2).getString("name"));
        assertEquals(6, lines.getJsonObject(3).getInt("line"), "the line it starts on in the file");
        assertEquals(2, preview.getInt("changes"));

        JsonObject done = Http.json(upload("/cohorts/" + cohort + "/participant-import", list, STAFF));
        assertEquals(1, done.getInt("confirmed"), done.toString());
        assertEquals(1, done.getInt("invited"), done.toString());

        String participants = text(get("/cohorts/" + cohort + "/export?format=csv&part=participants", STAFF));
        assertTrue(participants.contains("\"سلمى حداد " + tag + "\";\"" + salma + "\";\"de\";\"angemeldet\""));
        JsonObject again = Http.json(upload("/cohorts/" + cohort + "/participant-import/preview", participants, STAFF));
        List<String> actions = again.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("action"))
                .toList();
        assertEquals(List.of("ALREADY_ENROLLED", "ALREADY_ENROLLED"), actions, participants);

        HttpResponse<byte[]> period =
                get("/exchange/cohorts?from=" + day.minusDays(1) + "&to=" + day.plusDays(8) + "&format=csv", STAFF);
        assertEquals(200, period.statusCode(), text(period));
        assertTrue(text(period).contains("\"" + cohort + "\";\"Austausch "), text(period));

        Http page = new Http(base.toURI());
        page.formLogin("staff@example.org", DemoApi.PASSWORD);
        String path = "/staff/cohort-exchange.xhtml?id=" + cohort;
        HttpResponse<String> opened = page.get(path);
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("10,0") && opened.body().contains("49,50"), opened.body());
        HttpResponse<byte[]> pressed =
                page.download(opened.body(), path, Map.of("export", "export", "export:xlsx", ""));
        assertEquals(XLSX, pressed.headers().firstValue("Content-Type").orElse(""));
        String sheets = org.committeeacademy.shared.export.Workbooks.parts(pressed.body())
                .get("xl/worksheets/sheet3.xml");
        assertTrue(sheets.contains("سلمى حداد " + tag), sheets);
    }

    @Test
    void anotherVhsCohortDoesNotExistTheCoordinatorSeesNoPersonAndMembersAreRefused() throws Exception {
        long koeln = koelnCohort();
        assertEquals(404, get("/cohorts/" + koeln + "/export?format=csv", STAFF).statusCode());
        assertEquals(
                404, get("/cohorts/" + koeln + "/export?format=xlsx", STAFF).statusCode());
        assertEquals(
                404,
                upload("/cohorts/" + koeln + "/participant-import/preview", "a;a@example.org\n", STAFF)
                        .statusCode());

        String coordinator = basic("coordinator@example.org", DemoApi.PASSWORD);
        HttpResponse<byte[]> read = get("/cohorts/" + koeln + "/export?format=csv&part=participants", coordinator);
        assertEquals(200, read.statusCode(), text(read));
        assertEquals(1, text(read).lines().count(), "only the header: " + text(read));
        HttpResponse<byte[]> figures = get("/cohorts/" + koeln + "/export?format=csv", coordinator);
        assertTrue(text(figures).lines().count() == 2, text(figures));

        String member = basic("member@example.org", DemoApi.PASSWORD);
        assertEquals(
                403, get("/cohorts/" + koeln + "/export?format=csv", member).statusCode());
        assertEquals(
                403,
                get("/exchange/cohorts?from=2027-01-01&to=2027-12-31", member).statusCode());

        String year = "/exchange/cohorts?from=2027-01-01&to=2027-12-31";
        assertEquals(400, get(year + "&format=pdf", STAFF).statusCode());
        assertEquals(400, get(year + "&part=rooms", STAFF).statusCode());
        assertEquals(400, get("/exchange/cohorts?to=2027-12-31", STAFF).statusCode());
        assertEquals(
                400,
                get("/exchange/cohorts?from=2027-01-01&to=2028-12-31", STAFF).statusCode());
        String staffYear = text(get(year + "&part=participants", STAFF));
        assertFalse(staffYear.contains("dragan"), "no Köln participant in Bonn's file");
    }

    private long koelnCohort() {
        long organisation =
                Http.parse(http.get("/api/v1/organisations").body())
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(o -> o.getString("name").equals("VHS Köln"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        return Http.parse(http.get("/api/v1/cohorts?organisationId=" + organisation)
                        .body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private HttpResponse<byte[]> get(String path, String auth) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(http.url("/api/v1" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", auth)
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> upload(String path, String csv, String auth) throws IOException, InterruptedException {
        String boundary = "----exchange" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"liste.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(csv.getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(http.url("/api/v1" + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String type(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Content-Type")
                .orElse("")
                .replace(" ", "")
                .toLowerCase();
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
