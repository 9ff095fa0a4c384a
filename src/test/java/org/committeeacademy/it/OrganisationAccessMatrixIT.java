package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.rest.RestEndpoints;
import org.committeeacademy.shared.rest.RestEndpoints.Endpoint;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff of one organisation (VHS Bonn) on the objects of another (VHS Köln): every endpoint that lets STAFF in and
 * takes an id, and every staff or team page that takes one, answers 404, as if the object did not exist. The endpoints
 * come from the resource classes ({@link RestEndpoints}) and the pages from the webapp's view parameters
 * ({@link StaffPages}), so a new one is checked without anyone naming it; one whose id this test has no Köln object for
 * fails until an object is added to {@link OrganisationObjects}.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationAccessMatrixIT {

    private static final String PASSWORD = "demo-password-2027";
    private static final String BONN_STAFF = basic("staff@example.org", PASSWORD);
    /** Endpoints whose address names no object: the dashboard's tables are checked by the list test below. */
    private static final java.util.Set<String> NO_OBJECT_IN_ADDRESS =
            java.util.Set.of("GET /reports/dashboard/{table}");
    /**
     * Records all organisations share, by the contract: committees are public bodies, not an organisation's, and so are
     * their council information system and what is imported from it (meetings and papers are published data).
     */
    private static final java.util.Set<String> SHARED_BY_ALL_ORGANISATIONS = java.util.Set.of(
            "PUT /committees/{id}",
            "PUT /committees/{id}/oparl",
            "GET /committees/{id}/oparl",
            "POST /committees/{id}/oparl/sync",
            "GET /committees/{id}/meetings",
            "GET /committees/{id}/papers");

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
    void everyStaffEndpointAnswers404ForAnotherOrganisationsObjects() throws Exception {
        OrganisationObjects koeln = OrganisationObjects.ofKoeln(http, base.toURI());
        List<String> wrong = new ArrayList<>();
        List<Endpoint> checked = new ArrayList<>();
        for (Endpoint endpoint : RestEndpoints.all()) {
            if (!endpoint.allows(Role.STAFF_NAME)
                    || !endpoint.path().contains("{")
                    || NO_OBJECT_IN_ADDRESS.contains(endpoint.toString())
                    || SHARED_BY_ALL_ORGANISATIONS.contains(endpoint.toString())) {
                continue;
            }
            String path = "/api/v1" + koeln.fill(endpoint.path());
            HttpResponse<String> answer = call(endpoint, path);
            checked.add(endpoint);
            if (answer.statusCode() != 404) {
                wrong.add(endpoint + " → " + answer.statusCode() + " " + answer.body());
            }
        }
        assertTrue(checked.size() > 20, "the scan found the staff endpoints with ids: " + checked);
        assertEquals(List.of(), wrong, "staff of VHS Bonn reached objects of VHS Köln");
    }

    @Test
    void everyStaffPageWithAnIdAnswers404ForAnotherOrganisationsObjects() throws Exception {
        OrganisationObjects koeln = OrganisationObjects.ofKoeln(http, base.toURI());
        Http browser = new Http(base.toURI());
        assertEquals(302, browser.formLogin("staff@example.org", PASSWORD).statusCode());
        List<String> wrong = new ArrayList<>();
        List<StaffPages.Page> pages = StaffPages.withIds();
        for (StaffPages.Page page : pages) {
            HttpResponse<String> answer = browser.get(page.address(koeln));
            if (answer.statusCode() != 404) {
                wrong.add(page + " → " + answer.statusCode());
            }
        }
        assertTrue(pages.size() >= 10, "the scan found the pages with ids: " + pages);
        assertEquals(List.of(), wrong, "staff of VHS Bonn opened pages of VHS Köln's objects");
    }

    @Test
    void listsSearchesAndDashboardsOfStaffLeaveOutAnotherOrganisation() throws Exception {
        OrganisationObjects koeln = OrganisationObjects.ofKoeln(http, base.toURI());
        String koelnCohort = koeln.cohortTitle();
        HttpResponse<String> accounts = http.get("/api/v1/accounts?q=dragan", "Authorization", BONN_STAFF);
        assertEquals("[]", accounts.body().strip(), "a Köln member is not found by Bonn staff");
        HttpResponse<String> venues = http.get("/api/v1/venues", "Authorization", BONN_STAFF);
        assertFalse(venues.body().contains("Köln"), venues.body());
        HttpResponse<String> invitations = http.get("/api/v1/invitations", "Authorization", BONN_STAFF);
        assertFalse(invitations.body().contains(koeln.invitedEmail()), invitations.body());
        HttpResponse<String> registrations = http.get("/api/v1/registrations", "Authorization", BONN_STAFF);
        assertFalse(registrations.body().contains(koeln.registeredEmail()), registrations.body());
        HttpResponse<String> cohorts = http.get(
                "/api/v1/reports/dashboard/cohorts?format=csv&from=2000-01-01&to=2100-12-31",
                "Authorization",
                BONN_STAFF);
        assertEquals(200, cohorts.statusCode(), cohorts.body());
        assertFalse(cohorts.body().contains(koelnCohort), "the dashboard export counts Bonn only");

        Http browser = new Http(base.toURI());
        browser.formLogin("staff@example.org", PASSWORD);
        for (String page : List.of("/staff/cohorts.xhtml", "/staff/home.xhtml", "/staff/venues.xhtml")) {
            HttpResponse<String> list = browser.get(page);
            assertEquals(200, list.statusCode(), page);
            assertFalse(list.body().contains(koelnCohort) || list.body().contains("Forum am Neumarkt"), page);
        }
        HttpResponse<String> filtered = browser.get("/staff/cohorts.xhtml?venue=" + koeln.id("venues"));
        assertFalse(filtered.body().contains(koelnCohort), "a foreign venue as filter shows nothing of it");
    }

    @Test
    void theCoordinatorSeesFiguresOfEveryOrganisationButNoPerson() throws Exception {
        String coordinator = basic("coordinator@example.org", PASSWORD);
        HttpResponse<String> cohorts = http.get(
                "/api/v1/reports/dashboard/cohorts?format=csv&from=2000-01-01&to=2100-12-31",
                "Authorization",
                coordinator);
        assertEquals(200, cohorts.statusCode(), cohorts.body());
        assertTrue(cohorts.body().contains("Köln") && cohorts.body().contains("Bonn"), cohorts.body());
        for (String person : List.of("dragan.petrovic@example.org", "Dragan", "Ayşe", "member@example.org")) {
            assertFalse(cohorts.body().contains(person), "no person in the coordinator's figures: " + person);
        }
        for (String path : List.of("/api/v1/accounts?q=a", "/api/v1/venues", "/api/v1/invitations")) {
            assertEquals(403, http.get(path, "Authorization", coordinator).statusCode(), path);
        }
        JsonObject me = json(http.get("/api/v1/me", "Authorization", coordinator));
        assertEquals("coordinator@example.org", me.getString("email"));
    }

    private static final java.time.LocalDate DAY = java.time.LocalDate.now().plusYears(3);

    /** The id of the first object the list at {@code path} shows Bonn's staff. */
    private long firstId(String path) {
        HttpResponse<String> list = http.get(path, "Authorization", BONN_STAFF);
        assertEquals(200, list.statusCode(), path + ": " + list.body());
        return Http.parse(list.body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    /**
     * A body the endpoint would accept, where an empty one would be refused before the object is looked at (so a
     * refused body cannot hide an access check). A new endpoint that answers 400 to the default needs one here.
     */
    private static final Map<String, String> VALID_BODIES = Map.ofEntries(
            Map.entry("PUT /accounts/{id}/roles", "{\"roles\": [\"MEMBER\"]}"),
            Map.entry("PUT /cohorts/{cohortId}/move-up", "{\"mode\": \"OFFER\", \"offerHours\": 24}"),
            Map.entry("POST /cohorts/{id}/sessions", DemoApi.session("local-context", DAY, "10:00", "16:00", "null")),
            Map.entry("PUT /sessions/{id}", DemoApi.session("local-context", DAY, "10:00", "16:00", "null")),
            Map.entry("POST /cohorts/{id}/status", "{\"status\": \"OPEN\"}"),
            Map.entry("POST /enrolments/{id}/move", "{\"cohortId\": BONN_COHORT}"),
            Map.entry("POST /goals/{id}/check-ins", "{\"checkpoint\": 3, \"attainment\": 1, \"note\": \"x\"}"),
            Map.entry("PUT /goals/{id}/paper", "{\"oparlId\": null}"),
            Map.entry("PUT /sessions/{id}/attendance", "[{\"memberId\": BONN_MEMBER, \"status\": \"PRESENT\"}]"),
            Map.entry("POST /venues/{id}/rooms", "{\"name\": \"Raum X\", \"seats\": 10}"),
            Map.entry("PUT /venues/{id}/rooms/{roomId}", "{\"name\": \"Raum X\", \"seats\": 10}"),
            Map.entry("PUT /worksheets/{id}", "{\"answers\": {}}"),
            Map.entry("POST /worksheets/{id}/review", "{\"decision\": \"ACCEPTED\", \"comments\": \"x\"}"));

    /**
     * The body for the endpoint, naming a member and a cohort of Bonn's that exist (ids are not assumed: a table's
     * first id is not always 1).
     */
    private HttpResponse<String> call(Endpoint endpoint, String path) {
        String body = VALID_BODIES.getOrDefault(endpoint.toString(), "{\"memberId\": BONN_MEMBER, \"reason\": \"x\"}");
        if (body.contains("BONN_MEMBER")) {
            body = body.replace("BONN_MEMBER", String.valueOf(firstId("/api/v1/accounts?q=member%40example.org")));
        }
        if (body.contains("BONN_COHORT")) {
            body = body.replace("BONN_COHORT", String.valueOf(firstId("/api/v1/cohorts")));
        }
        return switch (endpoint.method()) {
            case "GET" -> http.get(path, "Authorization", BONN_STAFF);
            case "DELETE" -> http.delete(path, "Authorization", BONN_STAFF);
            case "PUT" -> http.putJson(path, body, "Authorization", BONN_STAFF);
            default ->
                endpoint.consumes().filter(c -> c.contains("multipart")).isPresent()
                        ? multipart(path)
                        : http.postJson(path, body, "Authorization", BONN_STAFF);
        };
    }

    private HttpResponse<String> multipart(String path) {
        try {
            return new MaterialUploads(base.toURI())
                    .send(
                            path,
                            Map.of("title", "Fremd " + UUID.randomUUID()),
                            "fremd.pdf",
                            "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                            BONN_STAFF);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
