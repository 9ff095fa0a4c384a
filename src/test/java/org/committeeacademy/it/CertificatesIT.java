package org.committeeacademy.it;

import static org.committeeacademy.it.AttendanceFixture.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Certificates over HTTP: the member's PDF, the public verification page and API for valid, revoked and unknown. */
@ExtendWith(ArquillianExtension.class)
class CertificatesIT {

    private static final String MEMBER = Http.basic("member@example.org", AttendanceFixture.DEMO_PASSWORD);

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

    private JsonObject demoCertificate() {
        HttpResponse<String> mine = http.get("/api/v1/me/certificates", "Authorization", MEMBER);
        assertEquals(200, mine.statusCode(), mine.body());
        return Http.parse(mine.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("cohortTitle").equals("Bonn – Sommerkurs"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo certificate: " + mine.body()));
    }

    @Test
    void theMembersPdfNamesThemAndCarriesTheCode() throws Exception {
        JsonObject certificate = demoCertificate();
        String code = certificate.getString("code");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.toURI()
                                        .resolve("/api/v1/me/certificates/" + certificate.getInt("id") + "/pdf"))
                                .header("Authorization", MEMBER)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("Ayşe Yılmaz"), text);
        assertTrue(text.contains(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8)), text);
        assertTrue(text.contains("Teilnahmebescheinigung"), "in the member's language: " + text);
        assertTrue(text.contains("Lokalen Kontext verstehen"), "required modules are listed: " + text);
        assertFalse(
                text.contains("Gemeinsam gewinnen"),
                "the optional module 4, attended but without its worksheet, was not taken: " + text);

        HttpResponse<String> foreign = http.get(
                "/api/v1/me/certificates/" + certificate.getInt("id") + "/pdf",
                "Authorization",
                Http.basic("olena.kovalenko@example.org", AttendanceFixture.DEMO_PASSWORD));
        assertEquals(404, foreign.statusCode(), "another member's certificate does not exist for them");
    }

    @Test
    void aValidCodeShowsNameSeriesDateAndVenueWithoutALogin() {
        String code = demoCertificate().getString("code");
        HttpResponse<String> api = http.get("/api/v1/certificates/" + code + "/verification");
        assertEquals(200, api.statusCode(), api.body());
        JsonObject verification = Http.json(api);
        assertEquals("VALID", verification.getString("status"));
        assertEquals("Ayşe Yılmaz", verification.getString("name"));
        assertTrue(verification.getString("venue").contains("Bonn"));
        assertFalse(api.body().contains("@example.org"), "nothing beyond the certificate: " + api.body());

        String typed =
                code.toLowerCase().substring(0, 4) + "-" + code.substring(4).toLowerCase();
        HttpResponse<String> page = http.get("/verify.xhtml?code=" + typed);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"verifyValid\""), page.body());
        assertTrue(page.body().contains("Ayşe Yılmaz"));
    }

    @Test
    void aRevokedCertificateSaysSoAndNothingMore() throws Exception {
        AttendanceFixture fixture = new AttendanceFixture(http, 22);
        HttpResponse<String> noReason = http.postJson(
                "/api/v1/cohorts/" + fixture.cohortId + "/certificates",
                "{\"memberId\": %d}".formatted(fixture.memberId),
                "Authorization",
                STAFF);
        assertEquals(400, noReason.statusCode(), noReason.body());
        HttpResponse<String> issued = http.postJson(
                "/api/v1/cohorts/" + fixture.cohortId + "/certificates",
                "{\"memberId\": %d, \"reason\": \"Baustein 3 in Köln nachgeholt\"}".formatted(fixture.memberId),
                "Authorization",
                STAFF);
        assertEquals(201, issued.statusCode(), issued.body());
        String code = Http.json(issued).getString("code");
        HttpResponse<String> opened = http.postJson(
                "/api/v1/cohorts/" + fixture.cohortId + "/status", "{\"status\": \"OPEN\"}", "Authorization", STAFF);
        assertEquals(200, opened.statusCode(), opened.body()); // the dashboard counts published cohorts only
        assertEquals(
                "\"" + fixture.title + "\";\"1\"", dashboardCertificates(fixture.title), "counted on the dashboard");
        OutboxPages outbox = OutboxPages.asAdmin(base.toURI());
        assertTrue(
                outbox.awaitMails(fixture.memberEmail, 2).stream()
                        .map(outbox::mail)
                        .anyMatch(m -> m.contains(code) && m.contains("teilnahmebescheinigung.pdf")),
                "the member gets the certificate by mail, with its PDF");
        assertEquals(
                409,
                http.postJson(
                                "/api/v1/cohorts/" + fixture.cohortId + "/certificates",
                                "{\"memberId\": %d, \"reason\": \"noch einmal\"}".formatted(fixture.memberId),
                                "Authorization",
                                STAFF)
                        .statusCode(),
                "one per member and cohort");
        assertEquals(
                403,
                http.postJson(
                                "/api/v1/certificates/" + Http.json(issued).getInt("id") + "/revoke",
                                "{\"reason\": \"x\"}",
                                "Authorization",
                                AttendanceFixture.TRAINER)
                        .statusCode());
        HttpResponse<String> revoked = http.postJson(
                "/api/v1/certificates/" + Http.json(issued).getInt("id") + "/revoke",
                "{\"reason\": \"irrtümlich ausgestellt\"}",
                "Authorization",
                STAFF);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("\"" + fixture.title + "\";\"0\"", dashboardCertificates(fixture.title), "no longer counted");

        HttpResponse<String> api = http.get("/api/v1/certificates/" + code + "/verification");
        assertEquals("REVOKED", Http.json(api).getString("status"));
        assertFalse(api.body().contains("Mira"), api.body());
        HttpResponse<String> page = http.get("/verify.xhtml?code=" + code);
        assertTrue(page.body().contains("id=\"verifyRevoked\""), page.body());
        assertFalse(page.body().contains("Mira Anwesend"), "no name for a revoked certificate");
    }

    @Test
    void anUnknownCodeIsUnknown() {
        assertEquals(
                404, http.get("/api/v1/certificates/ZZZZZZZZZZZZ/verification").statusCode());
        HttpResponse<String> page = http.get("/verify.xhtml?code=ZZZZ-ZZZZ-ZZZZ");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"verifyUnknown\""), page.body());
        assertFalse(page.body().contains("id=\"verifyValid\""));
    }

    /** The cohort's line of the dashboard's cohort table (title, certificates) as CSV, for staff. */
    private String dashboardCertificates(String title) {
        HttpResponse<String> csv = http.get(
                "/api/v1/reports/dashboard/cohorts?format=csv&columns=title,certificates&from=2000-01-01&to=2100-12-31",
                "Authorization",
                STAFF);
        assertEquals(200, csv.statusCode(), csv.body());
        return Arrays.stream(csv.body().split("\r\n"))
                .filter(line -> line.startsWith("\"" + title + "\""))
                .findFirst()
                .orElse("no line for the cohort in " + csv.body());
    }
}
