package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The export of one's own data (JSON and ZIP, never anyone else's) and erasing one's own account. */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    private static final String PASSWORD = "demo-password-2027";
    private static final String MEMBER = basic("member@example.org", PASSWORD);

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
    void theExportHoldsMyDataAndNobodyElses() throws Exception {
        HttpResponse<String> json = http.get("/api/v1/me/export", "Authorization", MEMBER);
        assertEquals(200, json.statusCode(), json.body());
        JsonObject data = Http.json(json);
        assertEquals("member@example.org", data.getJsonObject("account").getString("email"));
        assertTrue(data.getJsonArray("enrolments").size() > 0);
        assertFalse(json.body().contains("olena.kovalenko@example.org"));
        assertFalse(json.body().contains("Olena Kovalenko"));
        assertEquals(401, http.get("/api/v1/me/export").statusCode());

        HttpResponse<byte[]> zip = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.toURI().resolve("/api/v1/me/export?format=zip"))
                                .header("Authorization", MEMBER)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        List<String> names = new ArrayList<>();
        String inside = null;
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("personal-data.json")) {
                    inside = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(names.contains("personal-data.json"), names.toString());
        assertTrue(inside.contains("member@example.org"));

        Http page = new Http(base.toURI());
        page.formLogin("member@example.org", PASSWORD);
        HttpResponse<String> myData = page.get("/account/my-data.xhtml");
        assertEquals(200, myData.statusCode());
        assertTrue(myData.body().contains("erase:password"));
    }

    @Test
    void aPersonErasesTheirAccountOnlyWithTheirPasswordAndCannotLogInAfterwards() {
        String email = "weg-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "ein-sehr-gutes-passwort";
        HttpResponse<String> created = http.postJson(
                "/api/v1/accounts",
                """
                {"email": "%s", "name": "Bald Gelöscht", "password": "%s", "roles": ["MEMBER"], "language": "de"}""".formatted(email, password),
                "Authorization",
                basic("staff@example.org", PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        String auth = basic(email, password);
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", auth);
        assertEquals(200, me.statusCode(), me.body());

        HttpResponse<String> wrong =
                http.postJson("/api/v1/me/erasure", "{\"password\": \"falsch\"}", "Authorization", auth);
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("nichts gelöscht"), wrong.body());
        assertEquals(200, http.get("/api/v1/me", "Authorization", auth).statusCode(), "nothing was erased");

        HttpResponse<String> erased =
                http.postJson("/api/v1/me/erasure", "{\"password\": \"" + password + "\"}", "Authorization", auth);
        assertEquals(204, erased.statusCode(), erased.body());
        assertEquals(401, http.get("/api/v1/me", "Authorization", auth).statusCode());
    }
}
