package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeeacademy.shared.export.Workbooks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every list people take along downloads from its page as CSV and as Excel with the same lines: the staff's cohort
 * list, a roster and a progress matrix for the cohort's trainer, the ambassadors' referrals and a venue's interest
 * list for staff, and the audit log for admins.
 */
@ExtendWith(ArquillianExtension.class)
class ListExportsIT {

    private static final String PASSWORD = "demo-password-2027";
    private static final String BONN_RUNNING = "Bonn – Samstagsreihe";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void answering() throws Exception {
        Deployments.awaitAnswering(base);
    }

    @Test
    void staffTakeTheCohortListTheReferralsAndAnInterestList() throws Exception {
        Http staff = as("staff@example.org");

        Both cohorts = both(staff, "/staff/cohorts.xhtml?status=RUNNING", "export");
        assertTrue(cohorts.csv.startsWith("\uFEFF\"Kurs\";"), cohorts.csv);
        cohorts.bothHold(BONN_RUNNING);
        assertEquals("kurse", cohorts.name);

        Both referrals = both(staff, "/staff/referrals.xhtml", "list");
        referrals.bothHold("Marta Nowak");
        referrals.bothHold("member@example.org");

        long bonn = bonnVenue(staff);
        Both interest = both(staff, "/staff/interest.xhtml?venue=" + bonn, "interestList");
        interest.bothHold("Petra Schulz");
        interest.bothHold("daniel.okafor@example.net");
    }

    @Test
    void theTrainerTakesTheRosterAndTheProgressOfTheirCohort() throws Exception {
        Http staff = as("staff@example.org");
        long cohort = cohortId(staff, BONN_RUNNING, "RUNNING");
        Http trainer = as("trainer@example.org");

        Both roster = both(trainer, "/team/roster.xhtml?id=" + cohort, "exports");
        roster.bothHold("Ayşe Yılmaz");
        roster.bothHold("Warteliste");
        assertEquals("teilnehmende-" + cohort, roster.name);

        Both progress = both(trainer, "/team/progress.xhtml?cohort=" + cohort, "matrix");
        progress.bothHold("Ayşe Yılmaz");
        assertEquals("fortschritt-kurs-" + cohort, progress.name);
    }

    @Test
    void adminsTakeTheAuditLogAndMembersGetNoneOfTheLists() throws Exception {
        Http admin = as("admin@example.org");
        Both audit = both(admin, "/admin/audit.xhtml", "filter");
        audit.bothHold("admin@example.org");
        assertFalse(audit.csv.contains(PASSWORD), "never a password");

        Http member = as("member@example.org");
        for (String page : new String[] {
            "/staff/cohorts.xhtml", "/staff/referrals.xhtml", "/staff/interest.xhtml?venue=1", "/admin/audit.xhtml"
        }) {
            assertEquals(403, member.get(page).statusCode(), page);
        }
    }

    private Http as(String email) throws Exception {
        Http http = new Http(base.toURI());
        http.formLogin(email, PASSWORD);
        return http;
    }

    /** Presses the form's CSV button, then its Excel button, as the page offers them. */
    private static Both both(Http http, String path, String form) throws IOException {
        HttpResponse<byte[]> csv = press(http, path, form, "csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), path);
        HttpResponse<byte[]> xlsx = press(http, path, form, "xlsx");
        assertEquals(XLSX, xlsx.headers().firstValue("Content-Type").orElse(""), path);
        String disposition = xlsx.headers().firstValue("Content-Disposition").orElse("");
        Matcher name = Pattern.compile("filename=\"?([^\";]+)\\.xlsx").matcher(disposition);
        assertTrue(name.find(), disposition);
        return new Both(new String(csv.body(), StandardCharsets.UTF_8), Workbooks.sheet(xlsx.body()), name.group(1));
    }

    private static HttpResponse<byte[]> press(Http http, String path, String form, String button) {
        HttpResponse<String> page = http.get(path);
        assertEquals(200, page.statusCode(), path);
        Map<String, String> fields = new HashMap<>();
        fields.put(form, form);
        fields.put(form + ":" + button, "");
        HttpResponse<byte[]> file = http.download(page.body(), path, fields);
        assertEquals(200, file.statusCode(), path + " " + button);
        return file;
    }

    private static long bonnVenue(Http staff) {
        HttpResponse<String> venues =
                staff.get("/api/v1/venues", "Authorization", Http.basic("staff@example.org", PASSWORD));
        assertEquals(200, venues.statusCode(), venues.body());
        return ((JsonArray) Http.parse(venues.body()))
                .stream()
                        .map(JsonObject.class::cast)
                        .filter(v -> v.getString("name").startsWith("VHS Bonn"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
    }

    private static long cohortId(Http staff, String title, String status) {
        String list = staff.get("/staff/cohorts.xhtml?status=" + status).body();
        Matcher link = Pattern.compile("cohort\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(title) + "<")
                .matcher(list);
        assertTrue(link.find(), "no cohort " + title + " in " + list);
        return Long.parseLong(link.group(1));
    }

    /** One list, downloaded both ways. */
    private record Both(String csv, String xlsx, String name) {

        void bothHold(String text) {
            assertTrue(csv.contains(text), "CSV without " + text + ": " + csv);
            assertTrue(xlsx.contains(text), "Excel without " + text + ": " + xlsx);
        }
    }
}
