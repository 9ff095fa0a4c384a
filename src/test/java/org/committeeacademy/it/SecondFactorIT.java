package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.SignInFixture.PASSWORD;
import static org.committeeacademy.it.SignInFixture.SECRET;
import static org.committeeacademy.it.SignInFixture.code;
import static org.committeeacademy.it.SignInFixture.recoveryCodes;
import static org.committeeacademy.it.SignInFixture.submitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * The TOTP second factor (issue 20): the login page's second step, HTTP Basic refused once it is on, the setup staff
 * must do first, recovery codes, and switching it off on the profile.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

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
    void withTheSecondFactorOnTheLoginAsksForACodeThatWorksOnceAndBasicIsRefused() {
        String email = signIn.account("MEMBER");
        Http api = signIn.client();
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

        Http browser = signIn.client();
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

        Http other = signIn.client();
        HttpResponse<String> again =
                submitCode(other, other.formLogin(email, PASSWORD).body(), fresh);
        assertEquals(200, again.statusCode(), "a code signs in once");
    }

    @Test
    void staffMustSetUpTheSecondFactorBeforeAnythingElseAndARecoveryCodeWorksOnce() {
        String email = signIn.account("STAFF");
        Http browser = signIn.client();
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
        List<String> recoveryCodes = recoveryCodes(confirmed.body());
        assertEquals(10, recoveryCodes.size(), confirmed.body());
        assertEquals(200, browser.get("/staff/home.xhtml").statusCode(), "set up: the staff pages are open");
        assertFalse(browser.get("/account/second-factor.xhtml").body().contains(recoveryCodes.get(0)), "shown once");

        Http lostPhone = signIn.client();
        HttpResponse<String> recovered = submitCode(
                lostPhone,
                lostPhone.formLogin(email, PASSWORD).body(),
                recoveryCodes.get(0).toLowerCase());
        assertEquals(302, recovered.statusCode(), recovered.body());
        Http again = signIn.client();
        HttpResponse<String> reused =
                submitCode(again, again.formLogin(email, PASSWORD).body(), recoveryCodes.get(0));
        assertEquals(200, reused.statusCode(), "a recovery code works once");
    }

    @Test
    void onTheProfileANewSetOfRecoveryCodesNeedsACodeAndSwitchingOffTheCodeOrThePassword() {
        String email = signIn.account("MEMBER");
        Http browser = signIn.client();
        assertEquals(302, browser.formLogin(email, PASSWORD).statusCode());
        HttpResponse<String> started = browser.submit(
                browser.get("/account/second-factor.xhtml").body(),
                "/account/second-factor.xhtml",
                Map.of("start", "start", "start:begin", ""));
        Matcher secretShown = SECRET.matcher(started.body());
        assertTrue(secretShown.find(), started.body());
        String secret = secretShown.group(1).replace(" ", "");
        HttpResponse<String> on = browser.submit(
                started.body(),
                "/account/second-factor.xhtml",
                Map.of(
                        "confirm",
                        "confirm",
                        "confirm:code",
                        Totp.codeAt(secret, Instant.now()),
                        "confirm:confirmCode",
                        ""));
        List<String> first = recoveryCodes(on.body());
        assertEquals(10, first.size(), on.body());

        String next = Totp.codeAt(secret, Instant.now().plusSeconds(Totp.STEP_SECONDS));
        HttpResponse<String> renewed = browser.submit(
                on.body(),
                "/account/second-factor.xhtml",
                Map.of("regenerate", "regenerate", "regenerate:code", next, "regenerate:regenerateCodes", ""));
        List<String> second = recoveryCodes(renewed.body());
        assertEquals(10, second.size(), renewed.body());
        assertTrue(second.stream().noneMatch(first::contains), "new codes");

        HttpResponse<String> wrongProof = browser.submit(
                renewed.body(),
                "/account/second-factor.xhtml",
                Map.of("off", "off", "off:proof", "not my password", "off:switchOff", ""));
        assertTrue(wrongProof.body().contains("Ihr Passwort richtig ein"), wrongProof.body());
        assertEquals(
                401,
                signIn.client()
                        .get("/api/v1/me", "Authorization", basic(email, PASSWORD))
                        .statusCode());
        HttpResponse<String> off = browser.submit(
                wrongProof.body(),
                "/account/second-factor.xhtml",
                Map.of("off", "off", "off:proof", PASSWORD, "off:switchOff", ""));
        assertTrue(off.body().contains("Der zweite Faktor ist ausgeschaltet."), off.body());
        assertEquals(
                200,
                signIn.client()
                        .get("/api/v1/me", "Authorization", basic(email, PASSWORD))
                        .statusCode());
    }
}
