package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeeacademy.identity.domain.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions end when they must (a password change or reset, a role change), API tokens work as the contract says, and
 * a role taken away counts at once in page sessions already open and in the API; an erasure ends them too. Token expiry
 * is checked against the database in ApiTokensTest (a clock cannot be moved in the server).
 */
@ExtendWith(ArquillianExtension.class)
class SessionsAndTokensIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    private static final Pattern RESET_TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    @ArquillianResource
    private URL base;

    private Http api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void client() throws Exception {
        Deployments.awaitAnswering(base);
        api = new Http(base.toURI());
    }

    @Test
    void aTokenIsShownOnceListedWithoutItsSecretAndRefusedOnceRevoked() {
        Person p = person("MEMBER");
        HttpResponse<String> created = api.postJson("/api/v1/tokens", """
                {"name": "Auswertung", "days": 30}""", "Authorization", p.basic());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject token = Http.json(created);
        String secret = token.getString("token");
        assertEquals("Auswertung", token.getString("name"));
        assertTrue(secret.length() >= 43, secret);
        assertFalse(token.getString("expires").isBlank());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/tokens/" + token.getInt("id")));

        HttpResponse<String> me = api.get("/api/v1/me", "Authorization", "Bearer " + secret);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(p.email(), Http.json(me).getString("email"));

        HttpResponse<String> list = api.get("/api/v1/tokens", "Authorization", "Bearer " + secret);
        assertEquals(200, list.statusCode(), list.body());
        assertFalse(list.body().contains(secret), "never the secret again");
        JsonObject listed = Http.parse(list.body()).asJsonArray().getJsonObject(0);
        assertEquals(token.getInt("id"), listed.getInt("id"));
        assertFalse(listed.isNull("lastUsed"), "the use just made is noted");

        Person other = person("MEMBER");
        assertEquals(
                404,
                api.delete("/api/v1/tokens/" + token.getInt("id"), "Authorization", other.basic())
                        .statusCode(),
                "another person's token does not exist for them");
        assertEquals(
                204,
                api.delete("/api/v1/tokens/" + token.getInt("id"), "Authorization", p.basic())
                        .statusCode());
        HttpResponse<String> after = api.get("/api/v1/me", "Authorization", "Bearer " + secret);
        assertEquals(401, after.statusCode(), after.body());
        assertTrue(after.headers().firstValue("Content-Type").orElse("").contains("json"), "a problem, not HTML");
        assertEquals(
                401,
                api.get("/api/v1/me", "Authorization", "Bearer cat_made-up").statusCode());
        assertEquals("[]", api.get("/api/v1/tokens", "Authorization", p.basic()).body());
    }

    @Test
    void tokenLimitsAreExplained() {
        Person p = person("MEMBER");
        assertField(
                api.postJson("/api/v1/tokens", "{\"name\": \" \", \"days\": 30}", "Authorization", p.basic()), "name");
        assertField(
                api.postJson(
                        "/api/v1/tokens",
                        "{\"name\": \"" + "x".repeat(81) + "\", \"days\": 30}",
                        "Authorization",
                        p.basic()),
                "name");
        assertField(
                api.postJson("/api/v1/tokens", "{\"name\": \"x\", \"days\": 0}", "Authorization", p.basic()), "days");
        assertField(
                api.postJson("/api/v1/tokens", "{\"name\": \"x\", \"days\": 366}", "Authorization", p.basic()), "days");
        assertEquals(
                401,
                api.postJson("/api/v1/tokens", "{\"name\": \"x\", \"days\": 1}").statusCode());
        for (int i = 0; i < 20; i++) {
            assertEquals(
                    201,
                    api.postJson(
                                    "/api/v1/tokens",
                                    "{\"name\": \"t" + i + "\", \"days\": 1}",
                                    "Authorization",
                                    p.basic())
                            .statusCode());
        }
        HttpResponse<String> tooMany =
                api.postJson("/api/v1/tokens", "{\"name\": \"one more\", \"days\": 1}", "Authorization", p.basic());
        assertEquals(409, tooMany.statusCode(), tooMany.body());
    }

    @Test
    void changingOnesPasswordEndsOtherSessionsAndRevokesTokensButKeepsThisOne() throws Exception {
        Person p = person("MEMBER");
        Http elsewhere = signedIn(p);
        String secret = token(p);
        Http here = signedIn(p);

        HttpResponse<String> wrong = api.putJson("/api/v1/me/password", """
                {"current": "not my password", "new": "ein ganz neues Passwort"}""", "Authorization", p.basic());
        assertField(wrong, "current");
        HttpResponse<String> weak =
                api.putJson("/api/v1/me/password", """
                {"current": "%s", "new": "kurz"}""".formatted(p.password()), "Authorization", p.basic());
        assertEquals(400, weak.statusCode(), weak.body());
        assertEquals(200, elsewhere.get("/account/profile.xhtml").statusCode(), "nothing ended by refused changes");

        String fresh = "Rhein und Sieg " + UUID.randomUUID();
        HttpResponse<String> page = here.get("/account/profile.xhtml");
        HttpResponse<String> changed = here.submit(
                page.body(),
                "/account/profile.xhtml",
                Map.of(
                        "changePassword",
                        "changePassword",
                        "changePassword:current",
                        p.password(),
                        "changePassword:password",
                        fresh,
                        "changePassword:repeat",
                        fresh,
                        "changePassword:submit",
                        ""));
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("Ihr Passwort wurde geändert"), changed.body());

        assertEquals(200, here.get("/account/profile.xhtml").statusCode(), "this session stays");
        assertSignedOut(elsewhere, "/account/profile.xhtml");
        assertEquals(
                401, api.get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode(), "tokens revoked");
        assertEquals(401, api.get("/api/v1/me", "Authorization", p.basic()).statusCode(), "the old password");
        assertEquals(
                200,
                api.get("/api/v1/me", "Authorization", basic(p.email(), fresh)).statusCode());

        String again = "Ahr und Erft " + UUID.randomUUID();
        HttpResponse<String> byApi = api.putJson(
                "/api/v1/me/password", """
                {"current": "%s", "new": "%s"}""".formatted(fresh, again), "Authorization", basic(p.email(), fresh));
        assertEquals(204, byApi.statusCode(), byApi.body());
        assertSignedOut(here, "/account/profile.xhtml");
        assertEquals(
                200,
                api.get("/api/v1/me", "Authorization", basic(p.email(), again)).statusCode());
    }

    @Test
    void aPasswordResetByMailEndsEverySessionAndRevokesTokens() throws Exception {
        Person p = person("MEMBER");
        Http session = signedIn(p);
        String secret = token(p);
        assertEquals(
                202,
                api.postJson("/api/v1/password-reset", "{\"email\": \"" + p.email() + "\"}")
                        .statusCode());
        OutboxPages outbox = OutboxPages.asAdmin(base.toURI());
        List<Long> mails = outbox.awaitMails(p.email(), 1);
        Matcher m = RESET_TOKEN.matcher(outbox.mail(mails.get(0)));
        assertTrue(m.find());

        HttpResponse<String> reset =
                api.postJson("/api/v1/password-reset/new-password", """
                {"token": "%s", "password": "Mosel und Saar %s"}""".formatted(m.group(1), UUID.randomUUID()));
        assertTrue(reset.statusCode() < 300, reset.statusCode() + " " + reset.body());

        assertSignedOut(session, "/account/profile.xhtml");
        assertEquals(
                401, api.get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode());
    }

    @Test
    void losingARoleTakesItsRightsAwayAtOnceInOpenSessionsAndTheApi() {
        Person trainer = person("TRAINER");
        Http trainerPages = signedIn(trainer);
        assertEquals(200, trainerPages.get("/trainer/home.xhtml").statusCode());

        Person staff = person("STAFF");
        Http staffPages = signedIn(staff);
        // a new staff account must set up its second factor first: signed in, it sees only that page, and no API
        assertEquals(200, staffPages.get(SETUP_PAGE).statusCode());
        assertEquals(
                403,
                api.get("/api/v1/invitations", "Authorization", staff.basic()).statusCode());
        // staff with the second factor on, using a token
        Person staffWithToken = person("MEMBER");
        String staffToken = token(staffWithToken);
        switchOnSecondFactor(staffWithToken);
        assertEquals(200, roles(staffWithToken, "STAFF").statusCode());
        assertEquals(
                200,
                api.get("/api/v1/invitations", "Authorization", "Bearer " + staffToken)
                        .statusCode());

        assertEquals(200, roles(trainer, "MEMBER").statusCode());
        assertEquals(200, roles(staff, "MEMBER").statusCode());
        assertEquals(200, roles(staffWithToken, "MEMBER").statusCode());

        assertSignedOut(trainerPages, "/trainer/home.xhtml");
        assertSignedOut(staffPages, SETUP_PAGE);
        assertEquals(
                403,
                api.get("/api/v1/invitations", "Authorization", "Bearer " + staffToken)
                        .statusCode());
        HttpResponse<String> asMember = api.get("/api/v1/invitations", "Authorization", staff.basic());
        assertEquals(403, asMember.statusCode());
        assertFalse(asMember.body().contains("zweiten Faktor"), "a member now: refused for the role, not the factor");
        HttpResponse<String> me = api.get("/api/v1/me", "Authorization", "Bearer " + staffToken);
        assertEquals(200, me.statusCode(), "the token still signs the person in, with the roles they have now");
        assertEquals("[\"MEMBER\"]", Http.json(me).getJsonArray("roles").toString());

        Http again = signedIn(trainer);
        assertEquals(403, again.get("/trainer/home.xhtml").statusCode(), "signed in again: a member now");
    }

    @Test
    void anErasureEndsTheSessionsAndTheTokens() {
        Person p = person("MEMBER");
        Http session = signedIn(p);
        String secret = token(p);
        assertEquals(200, session.get("/account/profile.xhtml").statusCode());
        HttpResponse<String> erased = api.postJson(
                "/api/v1/me/erasure", "{\"password\": \"" + p.password() + "\"}", "Authorization", p.basic());
        assertEquals(204, erased.statusCode(), erased.body());

        assertSignedOut(session, "/account/profile.xhtml");
        assertEquals(
                401, api.get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode());
    }

    private void switchOnSecondFactor(Person p) {
        HttpResponse<String> started = api.postJson("/api/v1/me/mfa/totp", "{}", "Authorization", p.basic());
        assertEquals(200, started.statusCode(), started.body());
        String code = Totp.codeAt(Http.json(started).getString("secret"), Instant.now());
        HttpResponse<String> on =
                api.postJson("/api/v1/me/mfa/totp/confirm", "{\"code\": \"" + code + "\"}", "Authorization", p.basic());
        assertEquals(204, on.statusCode(), on.body());
    }

    private HttpResponse<String> roles(Person p, String role) {
        return api.putJson(
                "/api/v1/accounts/" + p.id() + "/roles", "{\"roles\": [\"" + role + "\"]}", "Authorization", ADMIN);
    }

    private record Person(long id, String email, String password) {
        String basic() {
            return Http.basic(email, password);
        }
    }

    private Person person(String role) {
        String email = "sitzung-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "Sieben Berge " + UUID.randomUUID();
        HttpResponse<String> created =
                api.postJson("/api/v1/accounts", """
                {"email": "%s", "name": "Sina Sitzung", "password": "%s", "roles": ["%s"], "language": "de",
                 "organisationId": %d}""".formatted(email, password, role, bonn()), "Authorization", ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return new Person(Http.json(created).getInt("id"), email, password);
    }

    private long bonn() {
        return Http.parse(api.get("/api/v1/organisations").body()).asJsonArray().stream()
                .map(v -> (JsonObject) v)
                .filter(o -> o.getString("name").equals("VHS Bonn"))
                .findFirst()
                .orElseThrow()
                .getInt("id");
    }

    private static final String SETUP_PAGE = "/account/second-factor.xhtml";

    private Http signedIn(Person p) {
        try {
            Http http = new Http(base.toURI());
            assertEquals(302, http.formLogin(p.email(), p.password()).statusCode());
            return http;
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private String token(Person p) {
        HttpResponse<String> created =
                api.postJson("/api/v1/tokens", "{\"name\": \"Skript\", \"days\": 7}", "Authorization", p.basic());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getString("token");
    }

    private static void assertSignedOut(Http session, String page) {
        HttpResponse<String> answer = session.get(page);
        assertEquals(302, answer.statusCode(), "signed out: back to the login page");
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    private static void assertField(HttpResponse<String> answer, String field) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"field\":\"" + field + "\""), answer.body());
    }
}
