package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Getting an account: an invitation accepted on its page logs the person in and works once; a password reset by mail
 * changes the password once; a registration lets nobody in until staff approve it; and the audit log shows all of
 * it without tokens or passwords. Expiry is tested with a clock in the unit tests (OneTimeTokenTest).
 */
@ExtendWith(ArquillianExtension.class)
class AccountAccessIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String UNUSABLE = "Dieser Link ist abgelaufen oder wurde schon benutzt";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    @ArquillianResource
    private URL base;

    private Http api;
    private ChromeDriver driver;
    private OutboxPages outbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void clients() throws Exception {
        Deployments.awaitAnswering(base);
        api = new Http(base.toURI());
        outbox = OutboxPages.asAdmin(base.toURI());
    }

    @Test
    void anInvitationOpensAnAccountOnceAndLogsThePersonIn() throws Exception {
        String email = unique("eingeladen");
        HttpResponse<String> invited =
                api.postJson("/api/v1/invitations", """
                {"name": "Emre Kaya", "email": "%s", "language": "de"}""".formatted(email), "Authorization", STAFF);
        assertEquals(201, invited.statusCode(), invited.body());
        assertEquals("OPEN", Http.json(invited).getString("status"));
        String token = tokenFromMail(email, 1);

        Http person = new Http(base.toURI());
        HttpResponse<String> page = person.get("/invitation.xhtml?token=" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(email), "the page shows whom the invitation is for");
        String password = "Rhein und Ruhr " + UUID.randomUUID();
        HttpResponse<String> accepted = person.submit(
                page.body(),
                "/invitation.xhtml",
                Map.of(
                        "accept", "accept",
                        "accept:name", "Emre Kaya",
                        "accept:language_input", "en",
                        "accept:password", password,
                        "accept:repeat", password,
                        "accept:submit", ""));
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("id=\"completeProfile\""), accepted.body());
        assertTrue(accepted.body().contains("/account/profile.xhtml"));
        assertEquals(200, person.get("/account/my-data.xhtml").statusCode(), "logged in right away");

        HttpResponse<String> me = api.get("/api/v1/me", "Authorization", basic(email, password));
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("en", Http.json(me).getString("language"));

        HttpResponse<String> again = new Http(base.toURI()).get("/invitation.xhtml?token=" + token);
        assertTrue(again.body().contains(UNUSABLE), "the same link a second time");
        HttpResponse<String> apiAgain = api.postJson("/api/v1/invitations/acceptance", """
                {"token": "%s", "password": "noch ein anderes Passwort"}""".formatted(token));
        assertEquals(410, apiAgain.statusCode(), apiAgain.body());
        assertTrue(new Http(base.toURI())
                .get("/invitation.xhtml?token=garbage-" + UUID.randomUUID())
                .body()
                .contains(UNUSABLE));
    }

    @Test
    void aPasswordResetWorksOnceAndReplacesTheOldPassword() throws Exception {
        String email = unique("vergesslich");
        String old = "altes Passwort " + UUID.randomUUID();
        HttpResponse<String> created =
                api.postJson("/api/v1/accounts", """
                {"email": "%s", "name": "Vera Gesslich", "password": "%s", "roles": ["MEMBER"], "language": "de"}""".formatted(email, old), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());

        assertEquals(202, resetRequest(email).statusCode());
        assertEquals(202, resetRequest(unique("niemand")).statusCode(), "the same answer for unknown addresses");
        String token = tokenFromMail(email, 1);

        Http person = new Http(base.toURI());
        HttpResponse<String> page = person.get("/password-reset.xhtml?token=" + token);
        assertFalse(page.body().contains(UNUSABLE), page.body());
        HttpResponse<String> common =
                person.submit(page.body(), "/password-reset.xhtml", newPasswordForm("Passwort123"));
        assertTrue(common.body().contains("Dieses Passwort ist zu verbreitet"), common.body());
        String fresh = "neues Passwort " + UUID.randomUUID();
        HttpResponse<String> changed = person.submit(common.body(), "/password-reset.xhtml", newPasswordForm(fresh));
        assertTrue(changed.body().contains("id=\"changed\""), changed.body());

        assertEquals(
                200, api.get("/api/v1/me", "Authorization", basic(email, fresh)).statusCode());
        assertEquals(
                401, api.get("/api/v1/me", "Authorization", basic(email, old)).statusCode());
        assertTrue(new Http(base.toURI())
                .get("/password-reset.xhtml?token=" + token)
                .body()
                .contains(UNUSABLE));
        HttpResponse<String> reused = api.postJson("/api/v1/password-reset/new-password", """
                {"token": "%s", "password": "noch ein anderes Passwort"}""".formatted(token));
        assertEquals(410, reused.statusCode(), reused.body());
    }

    @Test
    void aRegistrationLetsNobodyInUntilStaffApproveAndTheAuditLogShowsIt() throws Exception {
        String email = unique("antrag");
        String password = "mein Integrationsrat " + UUID.randomUUID();
        HttpResponse<String> registered = api.postJson("/api/v1/registrations", """
                {"name": "Rana Saleh", "email": "%s", "language": "de", "password": "%s", "message": "Integrationsrat Bonn", "organisationId": %s}""".formatted(email, password, bonn()));
        assertEquals(202, registered.statusCode(), registered.body());
        assertEquals(
                401,
                api.get("/api/v1/me", "Authorization", basic(email, password)).statusCode());

        HttpResponse<String> pending = api.get("/api/v1/registrations", "Authorization", STAFF);
        assertEquals(200, pending.statusCode(), pending.body());
        long id = Http.parse(pending.body()).asJsonArray().stream()
                .map(v -> (JsonObject) v)
                .filter(r -> r.getString("email").equals(email))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> approved =
                api.postJson("/api/v1/registrations/" + id + "/approve", "", "Authorization", STAFF);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(
                200,
                api.get("/api/v1/me", "Authorization", basic(email, password)).statusCode());
        assertTrue(outbox.mail(outbox.awaitMails(email, 1).get(0)).contains("freigeschaltet"));

        HttpResponse<String> twice = api.postJson("/api/v1/registrations", """
                {"name": "Jemand Anderes", "email": "%s", "password": "ein ganz anderes Passwort"}""".formatted(email));
        assertEquals(202, twice.statusCode(), "no hint that the address has an account");
        outbox.awaitMails(email, 2);

        String log = outbox.get("/admin/audit.xhtml").body();
        for (String action : List.of(
                "Kontoantrag freigeschaltet", "Einladung gesendet", "Einladung angenommen", "Passwort geändert")) {
            assertTrue(log.contains(action), action);
        }
        assertFalse(log.contains(password), "never a password");
    }

    @Test
    void staffSeeInvitationsRegistrationsAndWhoCameThroughWhomAndTheAmbassadorSharesTheirLink() throws Exception {
        HttpResponse<String> invitations = outbox.get("/staff/invitations.xhtml");
        assertEquals(200, invitations.statusCode(), "admins too, not only staff");
        assertTrue(invitations.body().contains("kemal.arslan@example.org"), invitations.body());
        assertTrue(outbox.get("/staff/registrations.xhtml").body().contains("sofia.rossi@example.org"));
        String referrals = outbox.get("/staff/referrals.xhtml").body();
        assertTrue(referrals.contains("Ayşe Yılmaz") && referrals.contains("Marta Nowak"), referrals);

        Http member = new Http(base.toURI());
        member.formLogin("member@example.org", DEMO_PASSWORD);
        assertEquals(403, member.get("/staff/invitations.xhtml").statusCode());
        String mine = member.get("/account/ambassador.xhtml?lang=de").body();
        Matcher link =
                Pattern.compile("/register\\.xhtml\\?via=([A-Za-z0-9_-]+)").matcher(mine);
        assertTrue(link.find(), mine);
        HttpResponse<String> register = new Http(base.toURI()).get("/register.xhtml?via=" + link.group(1));
        assertEquals(200, register.statusCode());
        assertTrue(register.body().contains("id=\"register\""), register.body());
    }

    @Test
    void staffUploadAListSeeWhatIsWrongPerLineAndSendTheRest() throws Exception {
        String newcomer = unique("liste");
        Path csv = Files.createTempFile("einladungen", ".csv");
        Files.writeString(
                csv,
                "\uFEFFName;E-Mail;Sprache\nNeu Person;%s;en\nDoppelt;%s\nKaputt;keine-adresse\nAyşe;member@example.org\n"
                        .formatted(newcomer, newcomer),
                StandardCharsets.UTF_8);
        driver = Browser.start(base.getHost());
        String site = base.toString().replaceAll("/$", "");
        LoginPage.open(driver, site).logIn("staff@example.org", DEMO_PASSWORD);
        driver.get(site + "/staff/invitations.xhtml?lang=de");
        driver.findElement(By.cssSelector("[id='upload:file'] input[type=file]"))
                .sendKeys(csv.toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview:lines")));
        String preview = driver.findElement(By.id("preview:lines")).getText();
        assertTrue(preview.contains("wird eingeladen"), preview);
        assertTrue(preview.contains("Doppelt in der Liste."), preview);
        assertTrue(preview.contains("schon ein Konto"), preview);
        assertTrue(driver.findElement(By.id("preview:sendList")).getText().contains("(1)"));

        driver.findElement(By.id("preview:sendList")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:invitations"), newcomer));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Eine Einladung ist unterwegs."));
        assertEquals(43, tokenFromMail(newcomer, 1).length());
    }

    @Test
    void staffResendAndWithdrawInvitationsOnThePageAndDeclineARegistration() throws Exception {
        String again = unique("erneut");
        String withdrawn = unique("zurueck");
        for (String email : List.of(again, withdrawn)) {
            assertEquals(
                    201,
                    api.postJson("/api/v1/invitations", """
                            {"name": "Neu Person", "email": "%s"}""".formatted(email), "Authorization", STAFF)
                            .statusCode());
        }
        String first = tokenFromMail(again, 1);
        String withdrawnToken = tokenFromMail(withdrawn, 1);

        driver = Browser.start(base.getHost());
        String site = base.toString().replaceAll("/$", "");
        LoginPage.open(driver, site).logIn("staff@example.org", DEMO_PASSWORD);
        driver.get(site + "/staff/invitations.xhtml?lang=de");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(ExpectedConditions.elementToBeClickable(rowButton(again, "resend")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "der alte Link gilt nicht mehr"));
        String second = tokenFromMail(again, 2);
        assertNotEquals(first, second);
        assertTrue(new Http(base.toURI())
                .get("/invitation.xhtml?token=" + first)
                .body()
                .contains(UNUSABLE));
        assertTrue(new Http(base.toURI())
                .get("/invitation.xhtml?token=" + second)
                .body()
                .contains(again));

        wait.until(ExpectedConditions.elementToBeClickable(rowButton(withdrawn, "withdraw")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        wait.until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("list:invitations"), withdrawn)));
        assertTrue(new Http(base.toURI())
                .get("/invitation.xhtml?token=" + withdrawnToken)
                .body()
                .contains(UNUSABLE));

        String applicant = unique("abgelehnt");
        api.postJson("/api/v1/registrations", """
                {"name": "Nina Antrag", "email": "%s", "password": "ein langes eigenes Passwort", "organisationId": %s}""".formatted(applicant, bonn()));
        long id = Http.parse(
                        api.get("/api/v1/registrations", "Authorization", STAFF).body())
                .asJsonArray()
                .stream()
                .map(v -> (JsonObject) v)
                .filter(r -> r.getString("email").equals(applicant))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> declined = api.postJson(
                "/api/v1/registrations/" + id + "/decline",
                "{\"reason\": \"Der Kurs ist für Mitglieder eines Ausschusses.\"}",
                "Authorization",
                STAFF);
        assertEquals(204, declined.statusCode(), declined.body());
        assertFalse(
                api.get("/api/v1/registrations", "Authorization", STAFF).body().contains(applicant));
        assertTrue(outbox.mail(outbox.awaitMails(applicant, 1).get(0))
                .contains("Der Kurs ist für Mitglieder eines Ausschusses."));
    }

    private static By rowButton(String email, String button) {
        return By.xpath(
                "//tr[td[contains(normalize-space(), '" + email + "')]]//button[contains(@id, ':" + button + "')]");
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private HttpResponse<String> resetRequest(String email) {
        return api.postJson("/api/v1/password-reset", """
                {"email": "%s"}""".formatted(email));
    }

    private static Map<String, String> newPasswordForm(String password) {
        return Map.of(
                "newPassword",
                "newPassword",
                "newPassword:password",
                password,
                "newPassword:repeat",
                password,
                "newPassword:submit",
                "");
    }

    private String tokenFromMail(String email, int count) throws InterruptedException {
        List<Long> mails = outbox.awaitMails(email, count);
        String mail = outbox.mail(mails.get(0));
        Matcher m = TOKEN.matcher(mail);
        assertTrue(m.find(), mail);
        return m.group(1);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A request to join names the VHS whose staff decide: with two organisations, none named waits for an admin. */
    private long bonn() {
        return Http.parse(api.get("/api/v1/organisations").body()).asJsonArray().stream()
                .map(v -> (JsonObject) v)
                .filter(o -> o.getString("name").equals("VHS Bonn"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }
}
