package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Local projects beyond the basics: updates with photos (checked by content, shown only to those who see the
 * project), an ambassador's link that invites into a project (the person joins once staff approve the account, and
 * the referrals page names the project), and the dashboard's counts per committee, shown from five people on.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectPhotosReferralsIT {

    private static final String PASSWORD = WorksheetFixture.DEMO_PASSWORD;
    private static final String STAFF = WorksheetFixture.STAFF;
    private static final String AMBASSADOR = basic("member@example.org", PASSWORD);
    private static final String COLLEAGUE = basic("tarek.hassan@example.org", PASSWORD);
    private static final String STRANGER = basic("olena.kovalenko@example.org", PASSWORD);

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
    void photosGoWithTheirUpdateToThoseWhoSeeTheProjectOnly() throws Exception {
        long project = project(AMBASSADOR, "Fotoprojekt");
        String path = "/api/v1/projects/" + project;
        HttpResponse<String> posted = multipart(path + "/updates", "Die Bank steht.", "bank.png", png(), AMBASSADOR);
        assertEquals(201, posted.statusCode(), posted.body());
        JsonObject update = Http.json(posted).getJsonArray("updates").getJsonObject(0);
        long photo = update.getJsonArray("photoIds").getJsonNumber(0).longValue();

        HttpResponse<byte[]> seen = bytes(path + "/photos/" + photo, COLLEAGUE);
        assertEquals(200, seen.statusCode());
        assertEquals("image/png", seen.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "nosniff", seen.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(404, bytes(path + "/photos/" + photo, STRANGER).statusCode(), "another committee's member");
        assertEquals(
                404,
                bytes(path + "/photos/" + photo, basic("staff-koeln@example.org", PASSWORD))
                        .statusCode());

        HttpResponse<String> svg = multipart(
                path + "/updates",
                "Ein Bild",
                "bild.png",
                "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8),
                AMBASSADOR);
        assertEquals(400, svg.statusCode(), svg.body());
        assertTrue(svg.body().contains("\"field\":\"photos\""), svg.body());
    }

    @Test
    void whoComesThroughAnAmbassadorsProjectLinkJoinsTheProjectAndTheReferralsPageSaysSo() throws Exception {
        String title = "Gemeinschaftsgarten " + UUID.randomUUID().toString().substring(0, 6);
        long project = project(AMBASSADOR, title);
        Http ambassador = new Http(base.toURI());
        assertEquals(302, ambassador.formLogin("member@example.org", PASSWORD).statusCode());
        String page = ambassador.get("/account/ambassador.xhtml?lang=de").body();
        Matcher link = Pattern.compile("/register\\.xhtml\\?via=([A-Za-z0-9_-]+)&(?:amp;)?project=" + project)
                .matcher(page);
        assertTrue(link.find(), page);
        assertTrue(page.contains(title), "the link is named by the project");

        String email = "garten-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> registered =
                http.postJson("/api/v1/registrations", """
                {"name": "Neu im Garten", "email": "%s", "password": "ein-langes-passwort-2027",
                 "via": "%s", "projectId": %d}""".formatted(email, link.group(1), project));
        assertEquals(202, registered.statusCode(), registered.body());
        long registration = Http.parse(http.get("/api/v1/registrations", "Authorization", STAFF)
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> r.getString("email").equals(email))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String newcomer = basic(email, "ein-langes-passwort-2027");
        HttpResponse<String> approved =
                http.postJson("/api/v1/registrations/" + registration + "/approve", "{}", "Authorization", STAFF);
        assertEquals(200, approved.statusCode(), approved.body());

        HttpResponse<String> joined = http.get("/api/v1/projects/" + project, "Authorization", newcomer);
        assertEquals(200, joined.statusCode(), joined.body());
        assertEquals(
                "PARTICIPANT",
                Http.json(joined).getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                        .filter(x -> x.getString("name").equals("Neu im Garten"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(joined.body()))
                        .getString("role"));

        Http staff = new Http(base.toURI());
        staff.formLogin("staff@example.org", PASSWORD);
        String referrals = staff.get("/staff/referrals.xhtml?lang=de").body();
        assertTrue(referrals.contains("Neu im Garten (Projekt: " + title + ")"), referrals);
    }

    @Test
    void theDashboardCountsACommitteesProjectsFromFivePeopleOn() throws Exception {
        String committee =
                "Integrationsrat Zählung " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created =
                http.postJson("/api/v1/committees", """
                {"name": "%s", "municipality": "Bonn", "ags": "05314000"}""".formatted(committee), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        long committeeId = Http.json(created).getJsonNumber("id").longValue();
        String coordinator = member(committeeId);
        long project = project(coordinator, "Zählprojekt");
        Http browser = new Http(base.toURI());
        browser.formLogin("staff@example.org", PASSWORD);
        for (int people = 2; people <= 5; people++) {
            String email = "zaehl-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            account(email);
            HttpResponse<String> added = http.postJson(
                    "/api/v1/projects/" + project + "/participants",
                    """
                    {"email": "%s", "role": "PARTICIPANT"}""".formatted(email),
                    "Authorization",
                    coordinator);
            assertEquals(200, added.statusCode(), added.body());
            String dashboard = browser.get("/staff/dashboard.xhtml?lang=de").body();
            assertEquals(people >= 5, dashboard.contains(committee), people + " people");
        }
        assertFalse(
                browser.get("/staff/dashboard.xhtml?lang=de").body().contains("zaehl-"), "no person on the dashboard");
    }

    private long project(String auth, String title) {
        HttpResponse<String> created = http.postJson("/api/v1/projects", """
                {"title": "%s", "place": "Am Rhein", "problem": "Es fehlt ein Treffpunkt."}""".formatted(title), "Authorization", auth);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    /** A new member, confirmed in the committee by staff; answers the Basic credentials. */
    private String member(long committeeId) {
        String email = "zaehl-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = account(email);
        HttpResponse<String> joined = http.putJson(
                "/api/v1/accounts/" + id + "/committee",
                "{\"committeeId\": " + committeeId + "}",
                "Authorization",
                STAFF);
        assertEquals(200, joined.statusCode(), joined.body());
        return basic(email, WorksheetFixture.PASSWORD);
    }

    private long account(String email) {
        HttpResponse<String> created = http.postJson(
                "/api/v1/accounts", """
                {"email": "%s", "name": "Mitglied %s", "password": "%s", "roles": ["MEMBER"]}""".formatted(email, email, WorksheetFixture.PASSWORD), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> multipart(String path, String text, String fileName, byte[] content, String auth)
            throws Exception {
        String boundary = "----project" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + text + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", auth)
                .header("Accept-Language", "de")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(String path, String auth) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Authorization", auth)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
