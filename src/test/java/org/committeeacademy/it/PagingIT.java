package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
        for (int i = 0; i < 3; i++) {
            long cohort = demo.cohort(
                    "Paging " + UUID.randomUUID().toString().substring(0, 6),
                    bonn.getJsonNumber("id").longValue(),
                    ", \"status\": \"OPEN\"");
            // far out and early: the other tests book this room at 19:00 within two years
            LocalDate day = LocalDate.now(DemoApi.BERLIN)
                    .plusDays(1500 + ThreadLocalRandom.current().nextInt(1500));
            demo.session(cohort, demo.module(0), day, "07:00", "07:45", DemoApi.roomId(bonn, DemoApi.BONN_ROOM));
        }
        for (int tries = 0;
                tries < 30
                        && Http.parse(http.get("/api/v1/cohorts").body())
                                        .asJsonArray()
                                        .size()
                                < 3;
                tries++) {
            Thread.sleep(1000); // the public list is cached for a few seconds
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
}
