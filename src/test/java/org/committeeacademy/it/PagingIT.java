package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 25: every list pages alike (page, size, X-Total-Count, Link), in a stable order; bad values answer 400. */
@ExtendWith(ArquillianExtension.class)
class PagingIT {

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
    void theWholeListIsThePagesInOrder() throws Exception {
        DemoApi demo = new DemoApi(http);
        JsonObject bonn = demo.venue(DemoApi.BONN);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long cohort = demo.cohort(
                    "Paging " + UUID.randomUUID().toString().substring(0, 6),
                    bonn.getJsonNumber("id").longValue(),
                    ", \"status\": \"OPEN\"");
            // far out and early: the other tests book this room at 19:00 within two years
            demo.sessionOnAFreeDay(
                    cohort, demo.module(0), 1500, 1500, "07:00", "07:45", DemoApi.roomId(bonn, DemoApi.BONN_ROOM));
            created.add(cohort);
        }
        // the whole public list is cached for a few seconds, its pages are not: wait until it shows these cohorts,
        // else it and the pages count different lists
        for (int tries = 0;
                tries < 30 && !ids(http.get("/api/v1/cohorts").body()).containsAll(created);
                tries++) {
            Thread.sleep(1000);
        }
        HttpResponse<String> whole = http.get("/api/v1/cohorts");
        assertEquals(200, whole.statusCode(), whole.body());
        JsonArray all = Http.parse(whole.body()).asJsonArray();
        assertTrue(all.size() >= 3, "the demo data has open cohorts: " + all.size());
        assertEquals(
                String.valueOf(all.size()),
                whole.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(whole.headers().firstValue("Link").isEmpty(), "no Link without paging");

        List<Long> paged = new ArrayList<>();
        int pages = (all.size() + 1) / 2;
        for (int page = 1; page <= pages; page++) {
            HttpResponse<String> answer = http.get("/api/v1/cohorts?size=2&page=" + page);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(
                    String.valueOf(all.size()),
                    answer.headers().firstValue("X-Total-Count").orElseThrow());
            String link = answer.headers().firstValue("Link").orElseThrow();
            assertTrue(link.contains("page=1") && link.contains("rel=\"first\""), link);
            assertTrue(link.contains("page=" + pages + "&") || link.contains("page=" + pages + ">"), link);
            assertEquals(page < pages, link.contains("rel=\"next\""), link);
            assertEquals(page > 1, link.contains("rel=\"prev\""), link);
            assertTrue(link.startsWith("<http") && link.contains("/api/v1/cohorts?"), link);
            Http.parse(answer.body())
                    .asJsonArray()
                    .getValuesAs(JsonObject.class)
                    .forEach(c -> paged.add(c.getJsonNumber("id").longValue()));
        }
        List<Long> whole1 = all.getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue())
                .toList();
        assertEquals(whole1, paged, "the pages, one after another, are the whole list in its order");

        HttpResponse<String> beyond = http.get("/api/v1/cohorts?size=2&page=" + (pages + 5));
        assertEquals(200, beyond.statusCode());
        assertEquals(0, Http.parse(beyond.body()).asJsonArray().size(), "a page after the last is empty");
    }

    /**
     * Accounts, invitations and the outbox grow with every person and mail, so they are paged in the database (a
     * window of rows and a count); they answer as the lists paged in memory do: the pages one after another are the
     * whole list, X-Total-Count counts all of it.
     */
    @Test
    void listsPagedInTheDatabaseAnswerAlike() {
        String tag = "pg" + UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = tag + "-" + i + "@example.org";
            emails.add(email);
            String account =
                    "{\"email\": \"%s\", \"name\": \"Paging %s %d\", \"password\": \"%s\", \"roles\": [\"MEMBER\"]}"
                            .formatted(email, tag, i, WorksheetFixture.PASSWORD);
            HttpResponse<String> created =
                    http.postJson("/api/v1/accounts", account, "Authorization", WorksheetFixture.STAFF);
            assertEquals(201, created.statusCode(), created.body());
            String invitation = "{\"name\": \"Eingeladen %s %d\", \"email\": \"inv-%s\", \"language\": \"de\"}"
                    .formatted(tag, i, email);
            HttpResponse<String> invited =
                    http.postJson("/api/v1/invitations", invitation, "Authorization", WorksheetFixture.STAFF);
            assertEquals(201, invited.statusCode(), invited.body());
        }
        List<Long> accounts = wholeThenPages("/api/v1/accounts?q=" + tag, WorksheetFixture.STAFF, 3, 2);
        assertEquals(3, accounts.size());
        List<Long> bonn = wholeThenPages("/api/v1/invitations", WorksheetFixture.STAFF, -1, 20);
        assertTrue(bonn.size() >= 3, bonn::toString);
        List<Long> toOne = wholeThenPages("/api/v1/admin/outbox?to=inv-" + emails.get(1), WorksheetFixture.ADMIN, 1, 2);
        assertEquals(1, toOne.size());

        HttpResponse<String> newest = http.get("/api/v1/admin/outbox", "Authorization", WorksheetFixture.ADMIN);
        HttpResponse<String> first = http.get("/api/v1/admin/outbox?size=2", "Authorization", WorksheetFixture.ADMIN);
        assertEquals(ids(newest).subList(0, 2), ids(first), "page 1 is the newest mails");
        long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(total >= ids(newest).size(), "the count is of all mails, not of the newest 200 only: " + total);
    }

    /** The list whole, then in pages: the same ids in the same order, the same X-Total-Count (expected -1: any). */
    private List<Long> wholeThenPages(String path, String auth, int expected, int size) {
        HttpResponse<String> whole = http.get(path, "Authorization", auth);
        assertEquals(200, whole.statusCode(), whole.body());
        List<Long> all = ids(whole);
        String total = whole.headers().firstValue("X-Total-Count").orElseThrow();
        assertEquals(String.valueOf(all.size()), total, path);
        if (expected >= 0) {
            assertEquals(expected, all.size(), path);
        }
        String join = path.contains("?") ? "&" : "?";
        int pages = Math.max(1, (all.size() + size - 1) / size);
        List<Long> paged = new ArrayList<>();
        for (int page = 1; page <= pages + 1; page++) {
            HttpResponse<String> answer =
                    http.get(path + join + "size=" + size + "&page=" + page, "Authorization", auth);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(total, answer.headers().firstValue("X-Total-Count").orElseThrow(), path + " page " + page);
            String link = answer.headers().firstValue("Link").orElseThrow();
            assertTrue(link.contains("page=" + pages + ">; rel=\"last\""), link);
            assertEquals(page < pages, link.contains("rel=\"next\""), link);
            paged.addAll(ids(answer));
        }
        assertEquals(all, paged, path + ": the pages one after another are the whole list; the one after is empty");
        return all;
    }

    private static List<Long> ids(HttpResponse<String> answer) {
        return Http.parse(answer.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void badPagingValuesAnswerAProblemNamingTheField() {
        for (String query : List.of("page=0", "page=x", "size=0", "size=201", "size=-3&page=2")) {
            HttpResponse<String> answer = http.get("/api/v1/cohorts?" + query);
            assertEquals(400, answer.statusCode(), query + ": " + answer.body());
            assertTrue(
                    answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    query);
            String field = query.startsWith("page") ? "page" : "size";
            JsonObject problem = Http.parse(answer.body()).asJsonObject();
            assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), query);
        }
        HttpResponse<String> largest = http.get("/api/v1/cohorts?size=200");
        assertEquals(200, largest.statusCode(), largest.body());
    }

    @Test
    void theCohortListFiltersByOrganisationStartAndStatus() {
        JsonArray all = Http.parse(http.get("/api/v1/cohorts").body()).asJsonArray();
        JsonObject some = all.getJsonObject(0);
        long organisation = some.getJsonNumber("organisationId").longValue();
        JsonArray ofIt = Http.parse(
                        http.get("/api/v1/cohorts?organisation=" + organisation).body())
                .asJsonArray();
        assertTrue(!ofIt.isEmpty()
                && ofIt.getValuesAs(JsonObject.class).stream()
                        .allMatch(c -> c.getJsonNumber("organisationId").longValue() == organisation));
        String status = some.getString("status");
        JsonArray withStatus =
                Http.parse(http.get("/api/v1/cohorts?status=" + status).body()).asJsonArray();
        assertTrue(!withStatus.isEmpty()
                && withStatus.getValuesAs(JsonObject.class).stream()
                        .allMatch(c -> c.getString("status").equals(status)));
        assertEquals(
                0,
                Http.parse(http.get("/api/v1/cohorts?from=2999-01-01").body())
                        .asJsonArray()
                        .size(),
                "nothing starts that late");
        HttpResponse<String> bad = http.get("/api/v1/cohorts?from=tomorrow");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(
                "from",
                Http.parse(bad.body())
                        .asJsonObject()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));
    }

    private static List<Long> ids(String cohorts) {
        return Http.parse(cohorts).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue())
                .toList();
    }
}
