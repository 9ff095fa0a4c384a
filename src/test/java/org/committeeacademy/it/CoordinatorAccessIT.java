package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.rest.RestEndpoints;
import org.committeeacademy.shared.rest.RestEndpoints.Endpoint;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The state coordinator: lands on their own home, opens the dashboard and edits the shared curriculum, reads the
 * dashboard's tables and their own data through the API, and is refused every other staff page and endpoint. The
 * endpoints and pages refused are read from the resource classes and the page folders, not listed here, so one added
 * later is checked too.
 */
class CoordinatorAccessIT extends BrowserTestBase {

    private static final String COORDINATOR = "coordinator@example.org";
    private static final String PERIOD =
            "from=" + LocalDate.now().minusYears(1) + "&to=" + LocalDate.now().plusYears(1);

    /** The page folders of other roles; of them, only the dashboard is the coordinator's. */
    private static final List<String> OTHER_ROLES_PAGES = List.of("staff", "team", "trainer", "member", "admin");

    private static final String DASHBOARD_PAGE = "/staff/dashboard.xhtml";

    @Test
    void theCoordinatorLandsOnTheirHomeOpensTheDashboardAndEditsTheCurriculum() {
        LoginPage.open(driver, base).logIn(COORDINATOR, DEMO_PASSWORD);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/coordinator/home.xhtml"));

        driver.findElement(By.id("dashboardLink")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "Auswertung"));
        driver.get(base + DASHBOARD_PAGE + "?" + PERIOD);
        String cohorts = driver.findElement(By.id("cohortList:cohorts")).getText();
        assertTrue(cohorts.contains("Bonn – Samstagsreihe"), cohorts);
        assertTrue(
                driver.findElements(By.cssSelector("[id='cohortList:cohorts'] a[href*='cohort.xhtml']"))
                        .isEmpty(),
                "no link to a cohort's page with its people");

        driver.get(base + "/curriculum/edit.xhtml");
        var editing = new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
        driver.executeScript("PF('chooseModule').selectValue('strategic-goals'); PF('chooseModule').triggerChange();");
        editing.until(d -> d.findElement(By.id("module:moduleTitleDe"))
                .getAttribute("value")
                .equals("Strategische Ziele entwickeln"));
        String objective = "Sie prüfen Ihre Ziele nach sechs Monaten mit der Landeskoordination.";
        driver.findElement(By.id("module:objectivesDe")).sendKeys("\n" + objective);
        editing.until(
                d -> d.findElement(By.id("module:objectivesPreview")).getText().contains(objective));
        driver.findElement(By.id("module:saveModule")).click();
        editing.until(d -> d.findElement(By.id("messages")).getText().contains("Gespeichert."));

        driver.get(base + "/catalogue.xhtml");
        assertTrue(driver.getPageSource().contains(objective));
    }

    @Test
    void theApiGivesTheCoordinatorFiguresAndTheirOwnDataOnly() throws Exception {
        Http api = new Http(url.toURI());
        String auth = basic(COORDINATOR, DEMO_PASSWORD);

        HttpResponse<String> table =
                api.get("/api/v1/reports/dashboard/cohorts?format=csv&" + PERIOD, "Authorization", auth);
        assertEquals(200, table.statusCode(), table.body());
        assertTrue(table.body().contains("Bonn – Samstagsreihe"), table.body());

        HttpResponse<String> me = api.get("/api/v1/me", "Authorization", auth);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(Http.json(me).getJsonArray("roles").toString().contains(Role.COORDINATOR_NAME), me.body());

        HttpResponse<String> export = api.get("/api/v1/me/export", "Authorization", auth);
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.body().contains(COORDINATOR), export.body());
        for (String someoneElse : List.of("member@example.org", "staff@example.org", "trainer@example.org")) {
            assertFalse(export.body().contains(someoneElse), "no one else's data: " + someoneElse);
        }
    }

    @Test
    void everyEndpointNotMadeForTheCoordinatorRefusesThem() throws Exception {
        List<Endpoint> refused = RestEndpoints.all().stream()
                .filter(e -> !e.open() && !e.allows(Role.COORDINATOR_NAME))
                .toList();
        assertTrue(
                refused.stream().anyMatch(e -> e.toString().equals("GET /cohorts/{cohortId}/enrolments")),
                "the scan finds the roster endpoint:\n" + RestEndpoints.lines(refused));

        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        List<String> answered = new ArrayList<>();
        for (Endpoint endpoint : refused) {
            HttpResponse<String> response = client.send(asCoordinator(endpoint), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 403 && response.statusCode() != 404) {
                answered.add(endpoint + " → " + response.statusCode() + " " + response.body());
            }
        }
        assertTrue(answered.isEmpty(), "the coordinator got past these:\n" + String.join("\n", answered));
    }

    @Test
    void everyPageOfOtherRolesButTheDashboardRefusesTheCoordinator() throws Exception {
        Http pages = new Http(url.toURI());
        pages.formLogin(COORDINATOR, DEMO_PASSWORD);
        assertEquals(200, pages.get("/coordinator/home.xhtml").statusCode());
        assertEquals(200, pages.get(DASHBOARD_PAGE).statusCode());
        HttpResponse<String> organisations = pages.get(ORGANISATIONS_PAGE);
        assertEquals(
                200,
                organisations.statusCode(),
                "the coordinator opens organisations: "
                        + organisations.headers().map());
        assertEquals(200, pages.get("/curriculum/edit.xhtml").statusCode());
        assertEquals(200, pages.get("/account/my-data.xhtml").statusCode());

        List<String> otherPages = otherRolesPages();
        assertTrue(otherPages.contains("/staff/cohorts.xhtml"), otherPages.toString());
        List<String> opened = new ArrayList<>();
        for (String page : otherPages) {
            int status = pages.get(page).statusCode();
            if (status != 403) {
                opened.add(page + " → " + status);
            }
        }
        assertTrue(opened.isEmpty(), "pages that did not refuse the coordinator:\n" + String.join("\n", opened));
    }

    private HttpRequest asCoordinator(Endpoint endpoint) {
        String contentType = endpoint.consumes()
                .map(type -> type.startsWith("multipart/") ? type + "; boundary=refused" : type)
                .orElse("application/json");
        boolean withBody =
                !endpoint.method().equals("GET") && !endpoint.method().equals("DELETE");
        return HttpRequest.newBuilder(URI.create(base + "/api/v1" + endpoint.samplePath()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(COORDINATOR, DEMO_PASSWORD))
                .header("Accept", "*/*")
                .header("Content-Type", contentType)
                .method(
                        endpoint.method(),
                        withBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody())
                .build();
    }

    /** Organisations are providers, no person: the coordinator keeps them with the admins. */
    private static final String ORGANISATIONS_PAGE = "/admin/organisations.xhtml";

    private static List<String> otherRolesPages() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        List<String> result = new ArrayList<>();
        for (String folder : OTHER_ROLES_PAGES) {
            try (Stream<Path> files = Files.walk(webapp.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".xhtml"))
                        .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                        .filter(page -> !page.equals(DASHBOARD_PAGE) && !page.equals(ORGANISATIONS_PAGE))
                        .sorted()
                        .forEach(result::add);
            }
        }
        return result;
    }
}
