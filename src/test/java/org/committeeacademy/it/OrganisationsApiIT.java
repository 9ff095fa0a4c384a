package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Organisations through the API on the packaged application with demo data: the public list, the admin creating
 * one, and where accounts and venues land (staff@example.org works for VHS Bonn, staff-koeln@example.org for VHS Köln).
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationsApiIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String STAFF_KOELN = basic("staff-koeln@example.org", DEMO_PASSWORD);
    private static final String MEMBER = basic("member@example.org", DEMO_PASSWORD);

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

    private List<JsonObject> listed() {
        HttpResponse<String> list = http.get("/api/v1/organisations");
        assertEquals(200, list.statusCode(), list.body());
        return Http.parse(list.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private int organisationId(String name) {
        return listed().stream()
                .filter(o -> o.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no organisation " + name))
                .getInt("id");
    }

    private JsonObject me(String auth) {
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", auth);
        assertEquals(200, me.statusCode(), me.body());
        return json(me);
    }

    private HttpResponse<String> openAccount(String auth, String organisation) {
        return http.postJson("/api/v1/accounts", """
                {"email":"org-%s@example.org","name":"Neue Person","password":"ein-langes-passwort",
                 "roles":["MEMBER"],"language":"de","organisationId":%s}""".formatted(UUID.randomUUID(), organisation), "Authorization", auth);
    }

    @Test
    void theAdminGivesALogoThatAnyoneSeesAndOnlyImagesAreTaken() throws Exception {
        int koeln = organisationId("VHS Köln");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.util.function.BiFunction<byte[], String, HttpResponse<String>> put = (body, auth) -> {
            try {
                return client.send(
                        java.net.http.HttpRequest.newBuilder(
                                        base.toURI().resolve("api/v1/organisations/" + koeln + "/logo"))
                                .header("Authorization", auth)
                                .header("Content-Type", "image/png")
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(90, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);

        assertEquals(403, put.apply(png.toByteArray(), STAFF_KOELN).statusCode(), "staff do not change the logo");
        HttpResponse<String> notAnImage = put.apply("<svg onload=alert(1)>".getBytes(), ADMIN);
        assertEquals(400, notAnImage.statusCode(), notAnImage.body());
        HttpResponse<String> given = put.apply(png.toByteArray(), ADMIN);
        assertEquals(200, given.statusCode(), given.body());
        assertTrue(json(given).getBoolean("hasLogo"));

        HttpResponse<byte[]> shown = client.send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("api/v1/organisations/" + koeln + "/logo"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, shown.statusCode());
        assertEquals("image/png", shown.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                90,
                javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(shown.body()))
                        .getWidth());
    }

    @Test
    void anyoneListsTheOrganisationsWithTheirCity() {
        JsonObject koeln = listed().stream()
                .filter(o -> o.getString("name").equals("VHS Köln"))
                .findFirst()
                .orElseThrow();

        assertEquals("Köln", koeln.getString("city"));
        assertEquals(
                List.of("city", "id", "name"), koeln.keySet().stream().sorted().toList(), "nothing more");
        assertTrue(listed().stream().anyMatch(o -> o.getString("name").equals("VHS Bonn")));
    }

    @Test
    void theAdminCreatesAnOrganisationThatIsThenListed() {
        String name = "VHS Test " + UUID.randomUUID();
        HttpResponse<String> created =
                http.postJson("/api/v1/organisations", """
                {"name":"%s","city":"Siegburg","address":"Neue Poststraße 1, 53721 Siegburg",
                 "privacyContact":"datenschutz@vhs-siegburg.example","mailSender":"kurse@vhs-siegburg.example"}""".formatted(name), "Authorization", ADMIN);

        assertEquals(201, created.statusCode(), created.body());
        int id = json(created).getInt("id");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/organisations/" + id));
        assertEquals(id, organisationId(name));
    }

    @Test
    void badInputIsRefusedNamingTheFields() {
        HttpResponse<String> refused = http.postJson(
                "/api/v1/organisations",
                "{\"name\":\" \",\"city\":\"Bonn\",\"mailSender\":\"kein-absender\",\"colour\":\"blau\"}",
                "Authorization",
                ADMIN,
                "Accept-Language",
                "en");
        HttpResponse<String> nullBody = http.postJson("/api/v1/organisations", "null", "Authorization", ADMIN);
        HttpResponse<String> sameName = http.postJson(
                "/api/v1/organisations", "{\"name\":\"VHS Bonn\",\"city\":\"Bonn\"}", "Authorization", ADMIN);

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"name\""), refused.body());
        assertTrue(refused.body().contains("\"field\":\"mailSender\""), refused.body());
        assertTrue(refused.body().contains("as a hex value"), refused.body());
        assertEquals(400, nullBody.statusCode(), nullBody.body());
        assertEquals(409, sameName.statusCode(), sameName.body());
    }

    @Test
    void onlyTheAdminCreatesOrganisations() {
        String body = "{\"name\":\"VHS Fremd\",\"city\":\"Bonn\"}";

        assertEquals(401, http.postJson("/api/v1/organisations", body).statusCode());
        assertEquals(
                403,
                http.postJson("/api/v1/organisations", body, "Authorization", STAFF)
                        .statusCode());
        assertEquals(
                403,
                http.postJson("/api/v1/organisations", body, "Authorization", MEMBER)
                        .statusCode());
    }

    @Test
    void meNamesTheOrganisationOrNull() {
        assertEquals(organisationId("VHS Bonn"), me(STAFF).getInt("organisationId"));
        assertEquals(organisationId("VHS Köln"), me(STAFF_KOELN).getInt("organisationId"));
        assertEquals(organisationId("VHS Bonn"), me(MEMBER).getInt("organisationId"), "the VHS that looks after her");
        JsonObject trainer = me(basic("trainer@example.org", DEMO_PASSWORD));
        assertTrue(trainer.containsKey("organisationId"), trainer.toString());
        assertEquals(JsonValue.NULL, trainer.get("organisationId"), "trainers teach for any organisation");
    }

    @Test
    void theAdminOpensAnAccountInAnyOrganisationStaffOnlyInTheirOwn() {
        String koeln = String.valueOf(organisationId("VHS Köln"));

        HttpResponse<String> byAdmin = openAccount(ADMIN, koeln);
        HttpResponse<String> unknown = openAccount(ADMIN, "999999");
        HttpResponse<String> byStaff = openAccount(STAFF, koeln);

        assertEquals(201, byAdmin.statusCode(), byAdmin.body());
        assertEquals(organisationId("VHS Köln"), json(byAdmin).getInt("organisationId"));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"field\":\"organisationId\""), unknown.body());
        assertEquals(201, byStaff.statusCode(), byStaff.body());
        assertEquals(organisationId("VHS Bonn"), json(byStaff).getInt("organisationId"), "whatever staff send");
    }

    @Test
    void aVenueLandsInTheStaffsOrganisationOrTheOneTheAdminChose() {
        String venue = "{\"name\":\"%s\",\"address\":\"Weg 1, 50667 Köln\"%s}";
        int bonn = organisationId("VHS Bonn");

        HttpResponse<String> byStaff = http.postJson(
                "/api/v1/venues",
                venue.formatted("Ort " + UUID.randomUUID(), ",\"organisationId\":" + bonn),
                "Authorization",
                STAFF_KOELN);
        HttpResponse<String> byAdmin = http.postJson(
                "/api/v1/venues",
                venue.formatted("Ort " + UUID.randomUUID(), ",\"organisationId\":" + bonn),
                "Authorization",
                ADMIN);
        HttpResponse<String> adminWithout = http.postJson(
                "/api/v1/venues", venue.formatted("Ort " + UUID.randomUUID(), ""), "Authorization", ADMIN);

        assertEquals(201, byStaff.statusCode(), byStaff.body());
        assertEquals(organisationId("VHS Köln"), json(byStaff).getInt("organisationId"));
        assertEquals(201, byAdmin.statusCode(), byAdmin.body());
        assertEquals(bonn, json(byAdmin).getInt("organisationId"));
        assertEquals(400, adminWithout.statusCode(), adminWithout.body());
        assertTrue(adminWithout.body().contains("\"field\":\"organisationId\""), adminWithout.body());
    }
}
