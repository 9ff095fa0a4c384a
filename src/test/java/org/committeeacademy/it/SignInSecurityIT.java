package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.SignInFixture.ADMIN;
import static org.committeeacademy.it.SignInFixture.DEMO_PASSWORD;
import static org.committeeacademy.it.SignInFixture.PASSWORD;
import static org.committeeacademy.it.SignInFixture.STAFF;
import static org.committeeacademy.it.SignInFixture.code;
import static org.committeeacademy.it.SignInFixture.submitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.committeeacademy.identity.domain.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in throttle (issue 20): guessing blocks the guessing client, not the account's owner elsewhere; guessing
 * codes stays throttled with the right password; the administrator lifts a block and resets a second factor.
 */
@ExtendWith(ArquillianExtension.class)
class SignInSecurityIT {

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
    void guessingCodesIsThrottledEvenWithTheRightPasswordTypedAnewEachTime() {
        String email = signIn.account("MEMBER");
        Http api = signIn.client();
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
        Http guesser = signIn.client();
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
    void guessingTheAdminPasswordBlocksTheGuesserButNotTheAdminElsewhere() {
        Http attacker = signIn.clientAt("203.0.113." + (1 + (int) (Math.random() * 250)));
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

        assertEquals(
                200, signIn.client().get("/api/v1/me", "Authorization", ADMIN).statusCode(), "the admin elsewhere");
        assertEquals(
                302,
                signIn.client().formLogin("admin@example.org", DEMO_PASSWORD).statusCode());
        assertEquals(
                200, signIn.direct().get("/api/v1/me", "Authorization", STAFF).statusCode());
    }

    @Test
    void anAdministratorResetsASecondFactorAndLiftsABlockOnTheAccountsPage() {
        String email = signIn.account("MEMBER");
        Http api = signIn.client();
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
        Http guesser = signIn.client();
        for (int i = 0; i < 10; i++) {
            guesser.formLogin(email, "a wrong guess " + i);
        }
        assertTrue(guesser.formLogin(email, PASSWORD).body().contains("in 15 Minuten erneut"));

        Http admin = signIn.client();
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
        assertEquals(302, signIn.client().formLogin(email, PASSWORD).statusCode(), "the password alone again");
        String audit = admin.get("/admin/audit.xhtml").body();
        assertTrue(audit.contains("Zweiter Faktor zurückgesetzt"), audit);
        assertTrue(audit.contains("Anmeldung entsperrt"), audit);
    }
}
