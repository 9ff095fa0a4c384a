package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Committees as records through the API: listed, created by staff, set on an account, shown on GET /me. */
@ExtendWith(ArquillianExtension.class)
class CommitteesApiIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
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

    @Test
    void membersListTheCommitteesAndSeeTheirConfirmedOne() {
        HttpResponse<String> list = http.get("/api/v1/committees", "Authorization", MEMBER);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject bonn = Http.parse(list.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("Integrationsrat Bonn"))
                .findFirst()
                .orElseThrow();
        assertEquals("Bonn", bonn.getString("municipality"));
        assertEquals("05314000", bonn.getString("ags"));

        JsonObject me = json(http.get("/api/v1/me", "Authorization", MEMBER));
        assertEquals(bonn.getInt("id"), me.getInt("committeeId"));
        assertEquals(401, http.get("/api/v1/committees").statusCode());
    }

    @Test
    void staffCreateACommitteeAndSetAMembersCommittee() {
        String name = "Integrationsrat Test " + UUID.randomUUID().toString().substring(0, 8);
        String input = """
                {"name": "%s", "municipality": "Siegburg", "ags": "05382056"}""".formatted(name);
        assertEquals(
                403,
                http.postJson("/api/v1/committees", input, "Authorization", MEMBER)
                        .statusCode());
        HttpResponse<String> created = http.postJson("/api/v1/committees", input, "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject committee = json(created);
        assertEquals(name, committee.getString("name"));
        assertEquals("05382056", committee.getString("ags"));
        assertEquals(
                409,
                http.postJson("/api/v1/committees", input, "Authorization", STAFF)
                        .statusCode());

        String email = "ausschuss-" + UUID.randomUUID() + "@example.org";
        String password = "Langes Passwort " + UUID.randomUUID();
        HttpResponse<String> account =
                http.postJson("/api/v1/accounts", """
                {"email": "%s", "name": "Aylin Kaya", "password": "%s", "roles": ["MEMBER"], "language": "de"}""".formatted(email, password), "Authorization", STAFF);
        assertEquals(201, account.statusCode(), account.body());
        int accountId = json(account).getInt("id");
        String auth = basic(email, password);
        assertTrue(json(http.get("/api/v1/me", "Authorization", auth)).isNull("committeeId"), "null, not left out");

        String choice = "{\"committeeId\": %d}".formatted(committee.getInt("id"));
        assertEquals(
                403,
                http.putJson("/api/v1/accounts/" + accountId + "/committee", choice, "Authorization", auth)
                        .statusCode());
        HttpResponse<String> set =
                http.putJson("/api/v1/accounts/" + accountId + "/committee", choice, "Authorization", STAFF);
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("CONFIRMED", json(set).getString("status"));
        assertEquals(
                committee.getInt("id"),
                json(http.get("/api/v1/me", "Authorization", auth)).getInt("committeeId"));
    }

    @Test
    void staffAndTheCoordinatorCorrectACommitteesRecord() {
        String name =
                "Integrationsrat Korrektur " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.postJson("/api/v1/committees", """
                {"name": "%s", "municipality": "Troisdorf", "ags": "05382068"}""".formatted(name), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        int id = json(created).getInt("id");

        HttpResponse<String> corrected = http.putJson(
                "/api/v1/committees/" + id,
                """
                {"name": "%s", "municipality": "Troisdorf", "ags": "05382068", "kind": "INTEGRATIONSRAT"}""".formatted(name + " (neu)"),
                "Authorization",
                basic("coordinator@example.org", "demo-password-2027"));
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(name + " (neu)", json(corrected).getString("name"));

        HttpResponse<String> othersCode =
                http.putJson("/api/v1/committees/" + id, """
                {"name": "%s", "municipality": "Troisdorf", "ags": "05314000"}""".formatted(name), "Authorization", STAFF);
        assertEquals(400, othersCode.statusCode(), othersCode.body());
        assertEquals(
                404,
                http.putJson("/api/v1/committees/987654", "{\"name\": \"x\"}", "Authorization", STAFF)
                        .statusCode());
        assertEquals(
                403,
                http.putJson("/api/v1/committees/" + id, "{\"name\": \"x\"}", "Authorization", MEMBER)
                        .statusCode());
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        HttpResponse<String> badAgs = http.postJson("/api/v1/committees", """
                {"name": "Integrationsrat Irgendwo", "municipality": "Irgendwo", "ags": "1234"}""", "Authorization", STAFF);
        assertEquals(400, badAgs.statusCode(), badAgs.body());
        assertTrue(badAgs.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject error = json(badAgs).getJsonArray("errors").getJsonObject(0);
        assertEquals("ags", error.getString("field"));
        assertTrue(error.getString("message").contains("8"), error.toString());

        HttpResponse<String> othersCode = http.postJson("/api/v1/committees", """
                {"name": "Integrationsausschuss Köln-Test", "municipality": "Köln", "ags": "05314000"}""", "Authorization", STAFF);
        assertEquals(400, othersCode.statusCode(), "05314000 is Bonn's code: " + othersCode.body());
        assertEquals(
                "ags", json(othersCode).getJsonArray("errors").getJsonObject(0).getString("field"));

        int member = json(http.get("/api/v1/me", "Authorization", MEMBER)).getInt("id");
        HttpResponse<String> unknownCommittee = http.putJson(
                "/api/v1/accounts/" + member + "/committee", "{\"committeeId\": 987654}", "Authorization", STAFF);
        assertEquals(400, unknownCommittee.statusCode(), unknownCommittee.body());
        assertEquals(
                "committeeId",
                json(unknownCommittee).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                404,
                http.putJson("/api/v1/accounts/987654/committee", "{\"committeeId\": 1}", "Authorization", STAFF)
                        .statusCode());
        assertEquals(
                400,
                http.postJson("/api/v1/committees", "{\"name\": ", "Authorization", STAFF)
                        .statusCode());
    }
}
