package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.SignInFixture.ADMIN;
import static org.committeeacademy.it.SignInFixture.PASSWORD;
import static org.committeeacademy.it.SignInFixture.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import org.committeeacademy.identity.domain.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An account whose role requires a second factor it has not set up yet cannot use the API at all — neither with HTTP
 * Basic nor with a token made before it had that role — until it has set it up on the pages (issue 20, V6).
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorSetupApiIT {

    private static final String SETUP_PAGE = "/account/second-factor.xhtml";

    @ArquillianResource
    private URL base;

    private SignInFixture signIn;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void awaitDeployment() throws Exception {
        Deployments.awaitAnswering(base);
        signIn = new SignInFixture(base);
    }

    @Test
    void basicIsRefusedWithAClearProblemUntilTheSecondFactorIsSetUpAndNoTokenCanBeMadeBefore() {
        JsonObject staff = account("COORDINATOR");
        String credentials = basic(staff.getString("email"), PASSWORD);
        Http api = signIn.client();

        HttpResponse<String> german = api.get("/api/v1/me", "Authorization", credentials);
        assertSetUpFirst(german, "Melden Sie sich auf den Seiten an und richten Sie den zweiten Faktor ein");
        HttpResponse<String> english = api.get("/api/v1/me", "Authorization", credentials, "Accept-Language", "en");
        assertSetUpFirst(english, "sign in on the pages and set up the second factor");
        assertSetUpFirst(
                api.get("/api/v1/organisations", "Authorization", credentials, "Accept-Language", "uk"),
                "налаштуйте другий фактор");
        assertSetUpFirst(
                api.postJson("/api/v1/tokens", "{\"name\": \"Skript\", \"days\": 7}", "Authorization", credentials),
                "zweiten Faktor");
        assertSetUpFirst(api.postJson("/api/v1/me/mfa/totp", "{}", "Authorization", credentials), "auf den Seiten an");

        setUpOnThePages(staff.getString("email"));
        HttpResponse<String> after = api.get("/api/v1/me", "Authorization", credentials);
        assertEquals(401, after.statusCode(), "set up: Basic is refused as for every account with the factor on");
        assertTrue(after.body().contains("API token"), after.body());
    }

    @Test
    void aTokenMadeBeforeTheRoleRequiredTheSecondFactorWorksAgainOnlyOnceItIsSetUp() {
        JsonObject person = account("MEMBER");
        String email = person.getString("email");
        Http api = signIn.client();
        HttpResponse<String> made = api.postJson(
                "/api/v1/tokens", "{\"name\": \"Skript\", \"days\": 7}", "Authorization", basic(email, PASSWORD));
        assertEquals(201, made.statusCode(), made.body());
        String bearer = "Bearer " + Http.json(made).getString("token");
        assertEquals(200, api.get("/api/v1/me", "Authorization", bearer).statusCode());

        HttpResponse<String> promoted = api.putJson(
                "/api/v1/accounts/" + person.getInt("id") + "/roles",
                "{\"roles\": [\"STAFF\"]}",
                "Authorization",
                ADMIN);
        assertEquals(200, promoted.statusCode(), promoted.body());
        assertSetUpFirst(api.get("/api/v1/me", "Authorization", bearer), "zweiten Faktor");
        assertSetUpFirst(api.get("/api/v1/invitations", "Authorization", bearer), "zweiten Faktor");

        setUpOnThePages(email);
        HttpResponse<String> me = api.get("/api/v1/me", "Authorization", bearer);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("[\"STAFF\"]", Http.json(me).getJsonArray("roles").toString());
        assertEquals(
                200, api.get("/api/v1/invitations", "Authorization", bearer).statusCode());
    }

    private static void assertSetUpFirst(HttpResponse<String> answer, String text) {
        assertEquals(403, answer.statusCode(), answer.body());
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        JsonObject problem = Http.json(answer);
        assertEquals(403, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains(text), answer.body());
    }

    private JsonObject account(String role) {
        String email = "zweit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> created = signIn.client()
                .postJson("/api/v1/accounts", """
                {"email":"%s","name":"Zora Zweit","password":"%s","roles":["%s"],"language":"de"}""".formatted(email, PASSWORD, role), "Authorization", ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created);
    }

    /** Signs in with the password, is sent to the setup page, and switches the second factor on there. */
    private void setUpOnThePages(String email) {
        Http browser = signIn.client();
        HttpResponse<String> login = browser.formLogin(email, PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith(SETUP_PAGE));
        HttpResponse<String> started =
                browser.submit(browser.get(SETUP_PAGE).body(), SETUP_PAGE, Map.of("start", "start", "start:begin", ""));
        Matcher secret = SECRET.matcher(started.body());
        assertTrue(secret.find(), started.body());
        String code = Totp.codeAt(secret.group(1).replace(" ", ""), Instant.now());
        HttpResponse<String> confirmed = browser.submit(
                started.body(),
                SETUP_PAGE,
                Map.of("confirm", "confirm", "confirm:code", code, "confirm:confirmCode", ""));
        assertEquals(10, SignInFixture.recoveryCodes(confirmed.body()).size(), confirmed.body());
    }
}
