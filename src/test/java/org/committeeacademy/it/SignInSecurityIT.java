package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
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
 * Sign-in security (issue 20): the TOTP second step on the login page, HTTP Basic refused once it is on, the setup that
 * staff must do first, and a throttle that blocks the guessing client but not the account's owner elsewhere. Requests
 * go to 127.0.0.1, which the test deployment trusts as a proxy, so X-Forwarded-For makes them different clients.
 */
@ExtendWith(ArquillianExtension.class)
class SignInSecurityIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String PASSWORD = "a long and good password 42";
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\" class=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([2-9A-Z]{5}-[2-9A-Z]{5})</code></li>");

    @ArquillianResource
    private URL base;

    private URI loopback;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void awaitDeployment() throws Exception {
        Deployments.awaitAnswering(base);
        URI uri = base.toURI();
        loopback = new URI(uri.getScheme(), null, "127.0.0.1", uri.getPort(), uri.getPath(), null, null);
    }

    /** A client of its own, as seen by the application. */
    private Http client() {
        return new Http(loopback).always("X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250)));
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private String account(String role) {
        String email = uniqueEmail(role.toLowerCase());
        String json = """
                {"email":"%s","name":"Test Person","password":"%s","roles":["%s"],"language":"de"}""".formatted(email, PASSWORD, role);
        HttpResponse<String> created = client().postJson("/api/v1/accounts", json, "Authorization", ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }

    @Test
    void withTheSecondFactorOnTheLoginAsksForACodeThatWorksOnceAndBasicIsRefused() {
        String email = account("MEMBER");
        Http api = client();
        HttpResponse<String> started =
                api.postJson("/api/v1/me/mfa/totp", "{}", "Authorization", basic(email, PASSWORD));
        assertEquals(200, started.statusCode(), started.body());
        JsonObject setup = Http.json(started);
        String secret = setup.getString("secret");
        assertTrue(setup.getString("uri").startsWith("otpauth://totp/"), setup.toString());
        assertTrue(setup.getString("uri").contains("secret=" + secret));

        String wrong = Totp.codeAt(secret, Instant.now().minusSeconds(300));
        HttpResponse<String> refused =
                api.postJson("/api/v1/me/mfa/totp/confirm", code(wrong), "Authorization", basic(email, PASSWORD));
        assertEquals(400, refused.statusCode(), refused.body());
        String first = Totp.codeAt(secret, Instant.now());
        HttpResponse<String> confirmed =
                api.postJson("/api/v1/me/mfa/totp/confirm", code(first), "Authorization", basic(email, PASSWORD));
        assertEquals(204, confirmed.statusCode(), confirmed.body());

        HttpResponse<String> basicNow = api.get("/api/v1/me", "Authorization", basic(email, PASSWORD));
        assertEquals(401, basicNow.statusCode());
        assertTrue(basicNow.body().contains("API token"), basicNow.body());
        assertTrue(basicNow.body().contains("\"status\":401"), basicNow.body());

        Http browser = client();
        HttpResponse<String> password = browser.formLogin(email, PASSWORD);
        assertEquals(200, password.statusCode(), "no session yet, the second step");
        assertTrue(password.body().contains("autocomplete=\"one-time-code\""), password.body());
        assertEquals(302, browser.get("/member/home.xhtml").statusCode(), "not signed in after the password alone");

        HttpResponse<String> replay = submitCode(browser, password.body(), first);
        assertEquals(200, replay.statusCode(), "the code used to switch it on does not work again");
        assertTrue(replay.body().contains("nicht richtig oder wurde schon benutzt"), replay.body());

        String fresh = Totp.codeAt(secret, Instant.now().plusSeconds(Totp.STEP_SECONDS));
        HttpResponse<String> signedIn = submitCode(browser, replay.body(), fresh);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/member/home.xhtml"));
        assertEquals(200, browser.get("/member/home.xhtml").statusCode());

        Http other = client();
        HttpResponse<String> again =
                submitCode(other, other.formLogin(email, PASSWORD).body(), fresh);
        assertEquals(200, again.statusCode(), "a code signs in once");
    }

    @Test
    void guessingCodesIsThrottledEvenWithTheRightPasswordTypedAnewEachTime() {
        String email = account("MEMBER");
        Http api = client();
        String secret = Http.json(api.postJson("/api/v1/me/mfa/totp", "{}", "Authorization", basic(email, PASSWORD)))
                .getString("secret");
        assertEquals(
                204,
                api.postJson(
                                "/api/v1/me/mfa/totp/confirm",
                                code(Totp.codeAt(secret, Instant.now())),
                                "Authorization",
                                basic(email, PASSWORD))
                        .statusCode());
        Http guesser = client();
        String wrong = Totp.codeAt(secret, Instant.now().minusSeconds(600));
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> password = guesser.formLogin(email, PASSWORD);
            assertTrue(password.body().contains("autocomplete=\"one-time-code\""), "try " + i + ": " + password.body());
            assertEquals(200, submitCode(guesser, password.body(), wrong).statusCode());
        }
        HttpResponse<String> blocked = guesser.formLogin(email, PASSWORD);
        assertTrue(blocked.body().contains("in 15 Minuten erneut"), blocked.body());
    }

    @Test
    void staffMustSetUpTheSecondFactorBeforeAnythingElseAndARecoveryCodeWorksOnce() {
        String email = account("STAFF");
        Http browser = client();
        HttpResponse<String> login = browser.formLogin(email, PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith("/account/second-factor.xhtml"));
        HttpResponse<String> elsewhere = browser.get("/staff/home.xhtml");
        assertEquals(302, elsewhere.statusCode());
        assertTrue(elsewhere.headers().firstValue("Location").orElseThrow().endsWith("/account/second-factor.xhtml"));

        HttpResponse<String> page = browser.get("/account/second-factor.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> started = browser.submit(
                page.body(), "/account/second-factor.xhtml", Map.of("start", "start", "start:begin", ""));
        Matcher secret = SECRET.matcher(started.body());
        assertTrue(secret.find(), started.body());
        String code = Totp.codeAt(secret.group(1).replace(" ", ""), Instant.now());
        HttpResponse<String> confirmed = browser.submit(
                started.body(),
                "/account/second-factor.xhtml",
                Map.of("confirm", "confirm", "confirm:code", code, "confirm:confirmCode", ""));
        List<String> recoveryCodes = new ArrayList<>();
        Matcher codes = RECOVERY_CODE.matcher(confirmed.body());
        while (codes.find()) {
            recoveryCodes.add(codes.group(1));
        }
        assertEquals(10, recoveryCodes.size(), confirmed.body());
        assertEquals(200, browser.get("/staff/home.xhtml").statusCode(), "set up: the staff pages are open");
        assertFalse(browser.get("/account/second-factor.xhtml").body().contains(recoveryCodes.get(0)), "shown once");

        Http lostPhone = client();
        HttpResponse<String> recovered = submitCode(
                lostPhone,
                lostPhone.formLogin(email, PASSWORD).body(),
                recoveryCodes.get(0).toLowerCase());
        assertEquals(302, recovered.statusCode(), recovered.body());
        Http again = client();
        HttpResponse<String> reused =
                submitCode(again, again.formLogin(email, PASSWORD).body(), recoveryCodes.get(0));
        assertEquals(200, reused.statusCode(), "a recovery code works once");
    }

    @Test
    void guessingTheAdminPasswordBlocksTheGuesserButNotTheAdminElsewhere() {
        Http attacker = new Http(loopback).always("X-Forwarded-For", "203.0.113." + (1 + (int) (Math.random() * 250)));
        String guessed = basic("admin@example.org", "not the password");
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    401, attacker.get("/api/v1/me", "Authorization", guessed).statusCode(), "try " + i);
        }
        HttpResponse<String> blocked = attacker.get("/api/v1/me", "Authorization", ADMIN);
        assertEquals(429, blocked.statusCode(), "even the right password from the guessing client");
        assertTrue(Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow()) > 60);
        assertTrue(blocked.body().contains("\"status\":429"), blocked.body());
        assertTrue(attacker.formLogin("admin@example.org", DEMO_PASSWORD).body().contains("in 15 Minuten erneut"));

        assertEquals(200, client().get("/api/v1/me", "Authorization", ADMIN).statusCode(), "the admin elsewhere");
        assertEquals(302, client().formLogin("admin@example.org", DEMO_PASSWORD).statusCode());
        assertEquals(
                200, new Http(base()).get("/api/v1/me", "Authorization", STAFF).statusCode());
    }

    @Test
    void anAdministratorResetsASecondFactorAndLiftsABlockOnTheAccountsPage() {
        String email = account("MEMBER");
        Http api = client();
        String secret = Http.json(api.postJson("/api/v1/me/mfa/totp", "{}", "Authorization", basic(email, PASSWORD)))
                .getString("secret");
        String first = Totp.codeAt(secret, Instant.now());
        assertEquals(
                204,
                api.postJson("/api/v1/me/mfa/totp/confirm", code(first), "Authorization", basic(email, PASSWORD))
                        .statusCode());
        assertEquals(
                401,
                api.postJson("/api/v1/me/mfa/totp", "{}", "Authorization", basic(email, PASSWORD))
                        .statusCode(),
                "Basic is refused now");
        Http guesser = client();
        for (int i = 0; i < 10; i++) {
            guesser.formLogin(email, "a wrong guess " + i);
        }
        assertTrue(guesser.formLogin(email, PASSWORD).body().contains("in 15 Minuten erneut"));

        Http admin = client();
        assertEquals(302, admin.formLogin("admin@example.org", DEMO_PASSWORD).statusCode());
        HttpResponse<String> found = admin.submit(
                admin.get("/admin/accounts.xhtml").body(),
                "/admin/accounts.xhtml",
                Map.of("search", "search", "search:q", email, "search:find", ""));
        assertTrue(found.body().contains("list:accounts:0:resetMfa"), found.body());
        assertTrue(found.body().contains("list:accounts:0:unlock"), found.body());
        HttpResponse<String> unlocked = admin.submit(
                found.body(), "/admin/accounts.xhtml", Map.of("list", "list", "list:accounts:0:unlock", ""));
        assertTrue(unlocked.body().contains("ist entsperrt"), unlocked.body());
        HttpResponse<String> reset = admin.submit(
                unlocked.body(), "/admin/accounts.xhtml", Map.of("list", "list", "list:accounts:0:resetMfa", ""));
        assertTrue(reset.body().contains("ist entfernt"), reset.body());

        assertEquals(
                200,
                guesser.get("/api/v1/me", "Authorization", basic(email, PASSWORD))
                        .statusCode());
        assertEquals(302, client().formLogin(email, PASSWORD).statusCode(), "the password alone again");
        String audit = admin.get("/admin/audit.xhtml").body();
        assertTrue(audit.contains("Zweiter Faktor zurückgesetzt"), audit);
        assertTrue(audit.contains("Anmeldung entsperrt"), audit);
    }

    private URI base() {
        try {
            return base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    private static HttpResponse<String> submitCode(Http browser, String page, String code) {
        return browser.submit(page, "/login.xhtml", Map.of("code", "code", "code:code", code, "code:verify", ""));
    }
}
