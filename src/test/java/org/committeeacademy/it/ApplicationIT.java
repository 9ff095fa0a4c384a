package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged application on Payara Micro, over HTTP as clients see it: the REST contract, login over HTTP Basic
 * and the form, sessions, the lock after wrong passwords, security headers, and answers to bad input.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    private static final String MEMBER = basic("member@example.org", DEMO_PASSWORD);

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z]+(\\.[A-Za-z0-9_$]+)+\\(");

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

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String newAccount(String email, String password, String role) {
        return """
                {"email":"%s","name":"Test Person","password":"%s","roles":["%s"],"language":"en"}""".formatted(email, password, role);
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(STACK_FRAME.matcher(body).find(), body);
        assertFalse(body.contains("java.lang."), body);
    }

    @Test
    void healthIsUpBecauseTheDatabaseAnswers() {
        HttpResponse<String> health = http.get("/health");

        assertEquals(200, health.statusCode());
        assertEquals("UP", json(health).getString("status"));
    }

    @Test
    void openApiDescribesTheRestApi() {
        HttpResponse<String> openapi = http.get("/openapi");

        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/accounts"), openapi.body());
    }

    @Test
    void anyoneSeesTheSeriesWithItsModulesInOrder() {
        HttpResponse<String> response = http.get("/api/v1/series?lang=en");

        assertEquals(200, response.statusCode());
        JsonObject series = Http.parse(response.body()).asJsonArray().getJsonObject(0);
        assertEquals(
                "Qualification series for committees for equal opportunity and integration", series.getString("title"));
        assertEquals(
                List.of("local-context", "strategic-goals", "political-advocacy", "winning-people-together"),
                series.getJsonArray("modules").stream()
                        .map(m -> m.asJsonObject().getString("key"))
                        .toList());
        assertEquals(
                List.of(false, false, false, true),
                series.getJsonArray("modules").stream()
                        .map(m -> m.asJsonObject().getBoolean("optional"))
                        .toList(),
                "module 4 is optional");
    }

    @Test
    void anyoneReadsAModuleWithObjectivesAgendaAndWorksheetTemplates() {
        HttpResponse<String> response = http.get("/api/v1/modules/strategic-goals?lang=en");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject module = json(response);
        assertEquals("Developing strategic goals", module.getString("title"));
        assertEquals(1, module.getInt("version"));
        assertTrue(module.getJsonArray("objectives").size() >= 4);
        assertTrue(module.getJsonArray("agenda")
                .getJsonObject(0)
                .getString("title")
                .matches("[A-Z].*"));
        assertTrue(response.body().contains("\"type\":\"goals\""), "module 2's worksheet has a list of goals");
        assertFalse(response.body().contains("\"de\":"), "one language only");

        HttpResponse<String> missing = http.get("/api/v1/modules/no-such-module");
        assertEquals(404, missing.statusCode());
        assertEquals(404, json(missing).getInt("status"));
    }

    @Test
    void theCatalogueShowsObjectivesAndAgendaOfEachModule() {
        HttpResponse<String> catalogue = http.get("/catalogue.xhtml?lang=en");

        assertEquals(200, catalogue.statusCode());
        assertTrue(catalogue.body().contains("Learning objectives"));
        assertTrue(catalogue.body().contains("id=\"module-political-advocacy\""));
        assertTrue(catalogue.body().contains("id=\"module-winning-people-together\""));
        assertTrue(catalogue.body().contains("optional module"), "module 4 is marked optional");
        assertTrue(catalogue.body().contains("10:00–"), "the day's agenda");
        assertTrue(catalogue.body().contains("Köln – Frühjahrskurs"));
    }

    @Test
    void adminsSeeWhichCurriculumVersionIsLoadedAndWhatWasSkipped() {
        assertEquals(302, http.get("/admin/curriculum.xhtml").statusCode());

        http.formLogin("admin@example.org", DEMO_PASSWORD);
        HttpResponse<String> page = http.get("/admin/curriculum.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Alle Beschreibungen in modules/ wurden fehlerfrei geladen."), page.body());
        assertTrue(page.body().contains("strategic-goals"));
        assertTrue(page.body().contains("Übersetzungen des Lehrplans"), "the translation gaps per language");
        // every curriculum text exists in every language (CurriculumTranslationsTest keeps it so); a gap would be
        // listed with file and line instead
        assertTrue(page.body().contains("Alle Texte sind übersetzt."), page.body());
        assertFalse(page.body().contains("Texte ohne Übersetzung"), page.body());
    }

    @Test
    void anyoneSeesTheCohortsOpenForEnrolment() {
        JsonArray cohorts = Http.parse(http.get("/api/v1/cohorts").body()).asJsonArray();

        // other test classes share the database and may have opened cohorts of their own
        assertTrue(cohorts.stream().map(JsonValue::asJsonObject).allMatch(c -> "OPEN".equals(c.getString("status"))));
        JsonObject koeln = cohorts.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> "Köln – Frühjahrskurs".equals(c.getString("title")))
                .findFirst()
                .orElseThrow();
        assertEquals(8, koeln.getInt("capacity"));
        assertEquals(2, koeln.getInt("confirmed"));
    }

    @Test
    void meNeedsCredentialsAndNamesTheCaller() {
        HttpResponse<String> anonymous = http.get("/api/v1/me");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        assertEquals(
                401,
                http.get("/api/v1/me", "Authorization", basic("member@example.org", "wrong"))
                        .statusCode());

        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", MEMBER);
        assertEquals(200, me.statusCode());
        JsonObject body = json(me);
        assertEquals("member@example.org", body.getString("email"));
        assertEquals("MEMBER", body.getJsonArray("roles").getString(0));
        assertEquals("de", body.getString("language"));
        assertTrue(me.headers().firstValue("Set-Cookie").isEmpty(), "the API keeps no session");
    }

    @Test
    void staffOpenAnAccountThatLogsInRightAwayAndOnlyOnce() {
        String email = uniqueEmail("new");

        HttpResponse<String> created = http.postJson(
                "/api/v1/accounts", newAccount(email, "a long password", "MEMBER"), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(json(created).getJsonNumber("id").longValue() > 0);
        assertFalse(created.body().contains("password"), "no password or hash in the answer");

        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", basic(email, "a long password"));
        assertEquals(200, me.statusCode());
        assertEquals("en", json(me).getString("language"));

        HttpResponse<String> again = http.postJson(
                "/api/v1/accounts",
                newAccount(email.toUpperCase(), "a long password", "MEMBER"),
                "Authorization",
                STAFF);
        assertEquals(409, again.statusCode());
    }

    @Test
    void rolesDecideWhoMayOpenWhichAccounts() {
        assertEquals(
                403,
                http.postJson(
                                "/api/v1/accounts",
                                newAccount(uniqueEmail("m"), "long enough!", "MEMBER"),
                                "Authorization",
                                MEMBER)
                        .statusCode());
        assertEquals(
                403,
                http.postJson(
                                "/api/v1/accounts",
                                newAccount(uniqueEmail("a"), "long enough!", "ADMIN"),
                                "Authorization",
                                STAFF)
                        .statusCode(),
                "staff may not hand out admin rights");
        assertEquals(
                201,
                http.postJson(
                                "/api/v1/accounts",
                                newAccount(uniqueEmail("s"), "long enough!", "STAFF"),
                                "Authorization",
                                ADMIN)
                        .statusCode());
    }

    @Test
    void badInputGetsAProblemThatNamesTheField() {
        HttpResponse<String> malformed = http.postJson("/api/v1/accounts", "{\"email\":", "Authorization", STAFF);
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> wrongType = http.postJson(
                "/api/v1/accounts",
                "{\"email\":\"x@example.org\",\"name\":\"X\",\"password\":\"long enough\",\"roles\":\"MEMBER\"}",
                "Authorization",
                STAFF);
        assertEquals(400, wrongType.statusCode());
        assertEquals(
                "roles", json(wrongType).getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> tooLong = http.postJson(
                "/api/v1/accounts",
                newAccount(uniqueEmail("long"), "long enough", "MEMBER").replace("Test Person", "x".repeat(5000)),
                "Authorization",
                STAFF,
                "Accept-Language",
                "en");
        assertEquals(400, tooLong.statusCode());
        JsonObject problem = json(tooLong).getJsonArray("errors").getJsonObject(0);
        assertEquals("name", problem.getString("field"));
        assertEquals("The name must be at most 200 characters long.", problem.getString("message"));

        HttpResponse<String> unknownPath = http.get("/api/v1/no-such-thing");
        assertEquals(404, unknownPath.statusCode());
        assertEquals(404, json(unknownPath).getInt("status"));

        for (HttpResponse<String> response : List.of(malformed, wrongType, tooLong, unknownPath)) {
            assertNoStackTrace(response.body());
        }
    }

    @Test
    void pagesCarrySecurityHeadersAndTheSessionCookieIsProtected() {
        HttpResponse<String> login = http.get("/login.xhtml");

        assertEquals(200, login.statusCode());
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), csp);
        assertEquals(
                "nosniff", login.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(login.headers().firstValue("Referrer-Policy").isPresent());
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(login.body().contains("name=\"jakarta.faces.ViewState\""));
        assertFalse(Http.viewState(login.body()).length() > 100, "state stays on the server; only its id is sent");
    }

    @Test
    void anonymousVisitsToPublicPagesOpenNoSession() throws Exception {
        for (String page : List.of("/", "/catalogue.xhtml", "/glossary.xhtml", "/no-such-page.xhtml")) {
            HttpResponse<String> answer = new Http(base.toURI()).get(page);
            assertTrue(
                    answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                    page + " opened a session: " + answer.headers().allValues("Set-Cookie"));
            assertTrue(
                    answer.headers()
                            .firstValue("Content-Security-Policy")
                            .orElseThrow()
                            .matches(".*script-src 'self' 'nonce-[^']+'.*"),
                    page + " still carries a script nonce");
        }
    }

    @Test
    void aKeptStartPageGetsAFreshNonceInItsHeaderAndItsScriptsEachTime() throws Exception {
        Pattern headerNonce = Pattern.compile("'nonce-([^']+)'");
        java.util.Set<String> nonces = new java.util.HashSet<>();
        String first = null;
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> page = new Http(base.toURI()).get("/");
            assertEquals(200, page.statusCode());
            Matcher matcher = headerNonce.matcher(
                    page.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertTrue(matcher.find());
            String nonce = matcher.group(1);
            assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the scripts carry the header's nonce");
            assertTrue(page.body().contains("PrimeFaces.csp.init('" + nonce + "')"), "PrimeFaces learns it too");
            assertTrue(nonces.add(nonce), "a nonce is never sent twice");
            String rest = page.body().replace(nonce, "");
            if (first == null) {
                first = rest;
            }
            assertEquals(first, rest, "the same page apart from the nonce");
        }
    }

    @Test
    void formLoginChangesTheSessionIdAndLogoutEndsTheSession() {
        http.get("/login.xhtml");
        String before = http.sessionId();

        HttpResponse<String> login = http.formLogin("member@example.org", DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith("/member/home.xhtml"));
        String after = http.sessionId();
        assertNotNull(after);
        assertNotEquals(before, after);

        HttpResponse<String> home = http.get("/member/home.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Ayşe Yılmaz"));

        HttpResponse<String> logout = http.submit(
                home.body(), "/member/home.xhtml", Map.of("logoutForm", "logoutForm", "logoutForm:logout", "x"));
        assertEquals(302, logout.statusCode());

        http.useSessionId(after);
        HttpResponse<String> again = http.get("/member/home.xhtml");
        assertEquals(302, again.statusCode(), "the old session is gone");
        assertTrue(again.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
    }

    @Test
    void tenWrongPasswordsBlockThisClientForTheAddressWithoutTellingWhetherItExists() {
        String email = uniqueEmail("locked");
        http.postJson("/api/v1/accounts", newAccount(email, "the right password", "MEMBER"), "Authorization", STAFF);
        String unknown = uniqueEmail("nobody");

        // the test deployment has no delays before the block (academy.login.first-delay-seconds=0, see pom.xml)
        for (int i = 0; i < 10; i++) {
            String known = http.formLogin(email, "wrong password " + i).body();
            assertTrue(known.contains("nicht richtig"), known);
            String stranger = http.formLogin(unknown, "wrong password " + i).body();
            assertTrue(stranger.contains("nicht richtig"), stranger);
        }
        assertTrue(http.formLogin(email, "eleventh wrong password").body().contains("in 15 Minuten erneut"));
        assertTrue(http.formLogin(unknown, "eleventh wrong password").body().contains("in 15 Minuten erneut"));

        HttpResponse<String> rightPassword = http.formLogin(email, "the right password");
        assertEquals(200, rightPassword.statusCode(), "no redirect to a home page while blocked");
        assertTrue(rightPassword.body().contains("in 15 Minuten erneut"), rightPassword.body());
        assertTrue(http.formLogin(unknown, "anything").body().contains("in 15 Minuten erneut"));
        HttpResponse<String> api = http.get("/api/v1/me", "Authorization", basic(email, "the right password"));
        assertEquals(429, api.statusCode());
        assertTrue(
                Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow()) > 800,
                api.headers().toString());
    }

    @Test
    void protectedPagesSendStrangersToTheLoginAndOtherRolesToA403() {
        HttpResponse<String> anonymous = http.get("/staff/home.xhtml");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));

        http.formLogin("member@example.org", DEMO_PASSWORD);
        HttpResponse<String> forbidden = http.get("/admin/accounts.xhtml");
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("Kein Zugriff"));
    }

    @Test
    void unknownPagesAndTamperedFormsGetFriendlyPages() {
        HttpResponse<String> missing = http.get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Seite nicht gefunden"), missing.body());
        assertNoStackTrace(missing.body());

        http.get("/login.xhtml");
        HttpResponse<String> tampered = http.postForm(
                "/login.xhtml",
                Map.of(
                        "login", "login",
                        "login:email", "member@example.org",
                        "login:password", DEMO_PASSWORD,
                        "login:submit", "",
                        "jakarta.faces.ViewState", "-1234:5678"));
        assertEquals(302, tampered.statusCode());
        HttpResponse<String> expired =
                http.get(URI.create(tampered.headers().firstValue("Location").orElseThrow())
                        .getPath());
        assertTrue(expired.body().contains("Seite abgelaufen"), expired.body());
        assertNoStackTrace(expired.body());
    }

    @Test
    void theStartPageShowsTheSeriesAndTheOpenCohortInGermanFirst() {
        HttpResponse<String> start = http.get("/");

        assertEquals(200, start.statusCode());
        assertTrue(start.body().contains("lang=\"de\""));
        assertTrue(start.body().contains("Lokalen Kontext verstehen"));
        assertTrue(start.body().contains("Köln – Frühjahrskurs"));
        assertTrue(start.body().contains("6 von 8 Plätzen frei"));

        HttpResponse<String> english = http.get("/index.xhtml?lang=en");
        assertTrue(english.body().contains("Understanding the local context"));
        assertTrue(english.body().contains("6 of 8 seats free"));
    }
}
