package org.committeeacademy.it;

import static org.committeeacademy.it.XssPayloads.PAYLOADS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Script and template payloads stored through the text fields the API takes (committee, venue and room names, cohort
 * titles, people's names), then every page that shows them loaded in Chromium: no dialog may open, no element the
 * payloads would inject may exist, and no template expression may be evaluated. The payloads must show as text.
 */
class XssCorpusBrowserIT extends BrowserTestBase {

    private static final String STAFF = Http.basic("staff@example.org", DEMO_PASSWORD);
    private final String run = "XSS" + UUID.randomUUID().toString().substring(0, 5);

    @Test
    void storedPayloadsShowAsTextOnEveryPage() throws Exception {
        Http http = new Http(new URI(base));
        List<Long> venues = new ArrayList<>();
        List<Long> cohorts = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String json = XssPayloads.json(run + "-" + i + " " + PAYLOADS.get(i));
            created(http.postJson("/api/v1/committees", """
                    {"name": %s, "municipality": "Bonn", "ags": "05314000"}""".formatted(json), "Authorization", STAFF));
            HttpResponse<String> venue =
                    created(http.postJson("/api/v1/venues", """
                    {"name": %s, "address": "Markt 1, 53111 Bonn", "contactEmail": "info@vhs.example"}""".formatted(json), "Authorization", STAFF));
            long venueId = Http.json(venue).getJsonNumber("id").longValue();
            venues.add(venueId);
            created(http.postJson("/api/v1/venues/" + venueId + "/rooms", """
                    {"name": %s, "seats": 12}""".formatted(json), "Authorization", STAFF));
            cohorts.add(Http.json(created(
                            http.postJson("/api/v1/cohorts", cohort(http, venueId, json), "Authorization", STAFF)))
                    .getJsonNumber("id")
                    .longValue());
            created(http.postJson(
                    "/api/v1/accounts", """
                    {"email": "%s@example.org", "name": %s, "password": "eine-lange-Passphrase-2027", "roles": ["MEMBER"], "language": "de"}""".formatted(run.toLowerCase() + i, json), "Authorization", STAFF));
        }

        check("/catalogue.xhtml", false);
        check("/interest.xhtml", true);
        check("/cohort.xhtml?id=" + cohorts.get(1), true);
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        check("/staff/committees.xhtml", false);
        check("/staff/venues.xhtml", false);
        check("/staff/cohorts.xhtml", false);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            check("/staff/venue.xhtml?id=" + venues.get(i), true);
            check("/staff/cohort.xhtml?id=" + cohorts.get(i), true);
        }
        new Header(driver).logOut();
        LoginPage.open(driver, base).logIn("admin@example.org", DEMO_PASSWORD);
        check("/admin/accounts.xhtml?q=" + run, false);
        new Header(driver).logOut();
        LoginPage.open(driver, base).logIn("member@example.org", DEMO_PASSWORD);
        check("/account/profile.xhtml", false);
    }

    private String cohort(Http http, long venueId, String titleJson) {
        long series = Http.parse(http.get("/api/v1/series").body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        return """
                {"seriesId": %d, "venueId": %d, "title": %s, "capacity": 8, "enrolmentOpens": "%s",
                 "enrolmentCloses": "%s", "trainerIds": [%d], "status": "OPEN"}""".formatted(series, venueId, titleJson, today.minusDays(1), today.plusDays(30), trainer(http));
    }

    private static long trainer(Http http) {
        return Http.json(http.get("/api/v1/me", "Authorization", Http.basic("trainer@example.org", DEMO_PASSWORD)))
                .getJsonNumber("id")
                .longValue();
    }

    private static HttpResponse<String> created(HttpResponse<String> answer) {
        assertEquals(201, answer.statusCode(), answer.body());
        return answer;
    }

    private void check(String page, boolean shows) {
        XssPayloads.check(driver, base, run, page, shows);
    }
}
