package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SQL statements one member page costs (issue 27): the test server counts them (ACADEMY_STATEMENT_COUNT=true in
 * the pom, header Academy-Sql-Statements). Before the fix the member's home took 118 statements for the demo member
 * (the roster of each course read to find one seat, the curriculum and venues read again for every course); a page
 * whose count grows past its bound has gained a query per row or per course. Since 2026-12-07 these pages are read in
 * one transaction each (shared.web.PageReadTransaction), so an account or cohort several calls need is read once: the
 * demo member's home went from 49 to 31 statements (27 once a seat was checked with a count and the people who changed
 * an enrolment were read in one batch), this test's member's home counts 20 (21 before "My courses" stopped reading the histories it does not show), its
 * cohort page 17 (22 before the
 * sessions' trainers were read together, 19 before the member's one enrolment there and the people's profiles were
 * each read with one statement).
 */
@ExtendWith(ArquillianExtension.class)
class PageStatementsIT {

    /** The request header that asks the test server to count a page's statements. */
    private static final String COUNT = "Academy-Count-Statements";

    private static final String PASSWORD = "a long and good password 42";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @Test
    void memberPagesStayWithinTheirStatementBudget() throws Exception {
        Deployments.awaitAnswering(base);
        Http api = new Http(base.toURI());
        long cohort = openCohort(api);
        String email = "statements-" + System.nanoTime() + "@example.org";
        HttpResponse<String> made =
                api.postJson("/api/v1/accounts", """
                {"email": "%s", "name": "Zähl Mitglied", "password": "%s", "roles": ["MEMBER"], "language": "de"}""".formatted(email, PASSWORD), "Authorization", SignInFixture.ADMIN);
        assertEquals(201, made.statusCode(), made.body());
        HttpResponse<String> enrolled = api.postJson(
                "/api/v1/cohorts/" + cohort + "/enrolments", "{}", "Authorization", basic(email, PASSWORD));
        assertEquals(201, enrolled.statusCode(), enrolled.body());

        Http member = new Http(base.toURI());
        member.formLogin(email, PASSWORD);
        Map<String, Integer> budget = new LinkedHashMap<>();
        budget.put("/member/home.xhtml", 28);
        budget.put("/catalogue.xhtml", 6);
        budget.put("/member/goals.xhtml", 10);
        budget.put("/account/profile.xhtml", 12);
        budget.put("/cohort.xhtml?id=" + cohort, 22);
        Map<String, Integer> counted = new LinkedHashMap<>();
        budget.keySet().forEach(page -> {
            member.get(page); // the first visit may fill the caches
            counted.put(page, statements(member.get(page, COUNT, "true"), page));
        });
        System.out.println("SQL statements per page: " + counted);
        budget.forEach((page, most) -> assertTrue(
                counted.get(page) <= most, page + " sent " + counted.get(page) + " SQL statements, more than " + most));
        Http visitor = new Http(base.toURI());
        visitor.get("/catalogue.xhtml");
        int anonymous = statements(visitor.get("/catalogue.xhtml", COUNT, "true"), "/catalogue.xhtml (signed out)");
        assertTrue(anonymous <= 5, "the public catalogue sent " + anonymous + " SQL statements");
    }

    private static int statements(HttpResponse<String> page, String path) {
        assertEquals(200, page.statusCode(), path);
        String header = page.headers()
                .firstValue("Academy-Sql-Statements")
                .orElseThrow(() -> new AssertionError(path + ": no Academy-Sql-Statements header"));
        return Integer.parseInt(header);
    }

    private static long openCohort(Http api) {
        return Http.parse(api.get("/api/v1/cohorts?status=OPEN").body()).asJsonArray().stream()
                .map(JsonObject.class::cast)
                .mapToLong(c -> c.getJsonNumber("id").longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has an open cohort"));
    }
}
