package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * One object of each kind that belongs to VHS Köln in the demo data (made through the API where the demo has none), by
 * the collection an id stands for in an address: {@code /cohorts/{id}} takes the cohort, {@code /rooms/{roomId}} the
 * room. An address with an id of a kind not here fails the access matrix until one is added.
 */
final class OrganisationObjects {

    private static final String PASSWORD = "demo-password-2027";
    private static final String STAFF = basic("staff-koeln@example.org", PASSWORD);
    private static final String MEMBER = basic("dragan.petrovic@example.org", PASSWORD);
    private static final Pattern PARAMETER = Pattern.compile("/([a-z-]+)/\\{[^}]+}");

    private final Map<String, String> ids = new HashMap<>();
    private String cohortTitle;
    private String invitedEmail;
    private String registeredEmail;

    private OrganisationObjects() {}

    private static OrganisationObjects made;

    /** Made once per test run: a second certificate for the same person could not be issued. */
    static synchronized OrganisationObjects ofKoeln(Http http, URI base) throws Exception {
        if (made == null) {
            made = make(http, base);
        }
        return made;
    }

    private static OrganisationObjects make(Http http, URI base) throws Exception {
        OrganisationObjects koeln = new OrganisationObjects();
        long organisation = array(http.get("/api/v1/organisations")).stream()
                .filter(o -> o.getString("name").equals("VHS Köln"))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        JsonObject cohort = array(http.get("/api/v1/cohorts?organisationId=" + organisation))
                .get(0);
        long cohortId = cohort.getJsonNumber("id").longValue();
        koeln.cohortTitle = cohort.getString("title");
        koeln.put("cohorts", cohortId);
        koeln.put(
                "sessions",
                array(http.get("/api/v1/cohorts/" + cohortId + "/sessions"))
                        .get(0)
                        .getInt("id"));
        JsonObject venue =
                array(http.get("/api/v1/venues", "Authorization", STAFF)).get(0);
        koeln.put("venues", venue.getInt("id"));
        koeln.put("rooms", venue.getJsonArray("rooms").getJsonObject(0).getInt("id"));
        JsonObject roster = Http.json(http.get("/api/v1/cohorts/" + cohortId + "/enrolments", "Authorization", STAFF));
        koeln.put("enrolments", roster.getJsonArray("seated").getJsonObject(0).getInt("id"));
        JsonObject me = Http.json(http.get("/api/v1/me", "Authorization", MEMBER));
        koeln.put("accounts", me.getInt("id"));
        koeln.put("surveys", cohortId + ".baseline");

        koeln.invitedEmail = "matrix-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> invited = http.postJson(
                "/api/v1/invitations",
                "{\"name\": \"Neu in Köln\", \"email\": \"" + koeln.invitedEmail + "\"}",
                "Authorization",
                STAFF);
        assertEquals(201, invited.statusCode(), invited.body());
        koeln.put("invitations", Http.json(invited).getInt("id"));

        HttpResponse<String> token =
                http.postJson("/api/v1/tokens", "{\"name\": \"Köln matrix\", \"days\": 1}", "Authorization", STAFF);
        assertEquals(201, token.statusCode(), token.body());
        koeln.put("tokens", Http.json(token).getInt("id"));

        koeln.registeredEmail = "matrix-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> registered = http.postJson(
                "/api/v1/registrations",
                "{\"name\": \"Anfrage Köln\", \"email\": \"" + koeln.registeredEmail
                        + "\", \"password\": \"ein-langes-passwort-2027\", \"organisationId\": " + organisation + "}");
        assertEquals(202, registered.statusCode(), registered.body());
        koeln.put(
                "registrations",
                array(http.get("/api/v1/registrations", "Authorization", STAFF)).stream()
                        .filter(r -> r.getString("email").equals(koeln.registeredEmail))
                        .findFirst()
                        .orElseThrow()
                        .getInt("id"));

        HttpResponse<String> link = new MaterialUploads(base)
                .send(
                        "/api/v1/cohorts/" + cohortId + "/materials",
                        Map.of("title", "Kölner Linkliste", "url", "https://www.stadt-koeln.de/"),
                        null,
                        null,
                        STAFF);
        assertEquals(201, link.statusCode(), link.body());
        koeln.put("materials", Http.json(link).getInt("id"));

        HttpResponse<String> certificate = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/certificates",
                "{\"memberId\": " + me.getInt("id") + ", \"reason\": \"Zugriffsprüfung\"}",
                "Authorization",
                STAFF);
        assertEquals(201, certificate.statusCode(), certificate.body());
        koeln.put("certificates", Http.json(certificate).getInt("id"));

        koeln.put(
                "worksheets",
                array(http.get("/api/v1/me/worksheets", "Authorization", MEMBER)).stream()
                        .filter(w -> w.getJsonNumber("cohortId").longValue() == cohortId)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no worksheet of the Köln cohort"))
                        .getInt("id"));
        List<JsonObject> goals = array(http.get("/api/v1/me/goals", "Authorization", MEMBER));
        if (goals.isEmpty()) {
            goals = array(http.get("/api/v1/me/goals", "Authorization", basic("member@example.org", PASSWORD)));
        }
        koeln.put("goals", goals.get(0).getInt("id"));
        HttpResponse<String> project = http.postJson(
                "/api/v1/projects",
                "{\"title\": \"Kölner Baustelle\", \"place\": \"Porz\", \"problem\": \"Die Bank am Rhein fehlt.\"}",
                "Authorization",
                MEMBER);
        assertEquals(201, project.statusCode(), project.body());
        koeln.put("projects", Http.json(project).getInt("id"));
        HttpResponse<String> update = photoUpdate(base, "/api/v1/projects/" + koeln.id("projects") + "/updates");
        assertEquals(201, update.statusCode(), update.body());
        koeln.put(
                "photos",
                Http.json(update)
                        .getJsonArray("updates")
                        .getJsonObject(0)
                        .getJsonArray("photoIds")
                        .getJsonNumber(0)
                        .longValue());
        HttpResponse<String> webhook = http.postJson(
                "/api/v1/webhooks",
                "{\"url\": \"http://127.0.0.1:9/koeln\", \"events\": [\"session.cancelled\"]}",
                "Authorization",
                STAFF);
        assertEquals(201, webhook.statusCode(), webhook.body());
        koeln.put("webhooks", Http.json(webhook).getInt("id"));
        return koeln;
    }

    /** An update with one photo, by the Köln member, as multipart/form-data. */
    private static HttpResponse<String> photoUpdate(URI base, String path) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", png);
        String boundary = "----koeln" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nDie Bank steht.\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"bank.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(png.toByteArray());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header("Authorization", MEMBER)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private void put(String collection, Object id) {
        ids.put(collection, String.valueOf(id));
    }

    /** The address with every id replaced by the Köln object of its collection. */
    String fill(String path) {
        Matcher m = PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String id = ids.get(m.group(1));
            if (id == null) {
                throw new AssertionError("No Köln object for the id in " + path + ": add one of kind '" + m.group(1)
                        + "' to OrganisationObjects");
            }
            m.appendReplacement(filled, "/" + m.group(1) + "/" + id);
        }
        m.appendTail(filled);
        return filled.toString();
    }

    String id(String collection) {
        return ids.get(collection);
    }

    String cohortTitle() {
        return cohortTitle;
    }

    String invitedEmail() {
        return invitedEmail;
    }

    String registeredEmail() {
        return registeredEmail;
    }

    private static List<JsonObject> array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.parse(response.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }
}
