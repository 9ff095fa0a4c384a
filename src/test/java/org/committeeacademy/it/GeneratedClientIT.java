package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.committeeacademy.client.ApiClient;
import org.committeeacademy.client.ApiException;
import org.committeeacademy.client.api.AccountsAndSignInApi;
import org.committeeacademy.client.api.AttendanceApi;
import org.committeeacademy.client.api.CohortsApi;
import org.committeeacademy.client.api.CurriculumApi;
import org.committeeacademy.client.api.EnrolmentsApi;
import org.committeeacademy.client.api.VenuesApi;
import org.committeeacademy.client.model.AttendanceRowDto;
import org.committeeacademy.client.model.CohortDetailDto;
import org.committeeacademy.client.model.CohortTermsDto;
import org.committeeacademy.client.model.EnrolmentDto;
import org.committeeacademy.client.model.EnrolmentRequestDto;
import org.committeeacademy.client.model.MarkDto;
import org.committeeacademy.client.model.NewAccountDto;
import org.committeeacademy.client.model.RosterDto;
import org.committeeacademy.client.model.Series;
import org.committeeacademy.client.model.SessionDto;
import org.committeeacademy.client.model.SessionRequestDto;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Java client generated from the OpenAPI document (openapi-generator, in the build) drives a journey against the
 * packaged application: if the document lied about a path, a body or an answer, this fails.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedClientIT {

    private static final String PASSWORD = "demo-password-2027";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void ready() throws Exception {
        Deployments.awaitAnswering(base);
    }

    private ApiClient signedIn(String email, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toURI().resolve("/").toString().replaceAll("/$", ""));
        client.setReadTimeout(Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    @Test
    void aCohortIsCreatedScheduledEnrolledAndItsAttendanceTaken() throws Exception {
        ApiClient staff = signedIn("staff@example.org", PASSWORD);
        ApiClient admin = signedIn("admin@example.org", PASSWORD);
        String run = UUID.randomUUID().toString().substring(0, 8);

        BigDecimal memberId = new AccountsAndSignInApi(admin)
                .openAccount(new NewAccountDto()
                        .email("client-" + run + "@example.org")
                        .name("Cem Client " + run)
                        .password("eine-lange-Passphrase-2027")
                        .roles(List.of("MEMBER")))
                .getId();
        Series series = new CurriculumApi(staff).listSeries(null).get(0);
        BigDecimal venueId = new VenuesApi(staff).listVenues(1, 1).get(0).getId(); // the first page of one

        CohortsApi cohorts = new CohortsApi(staff);
        CohortDetailDto cohort = cohorts.createCohort(new CohortTermsDto()
                .seriesId(series.getId())
                .venueId(venueId)
                .title("Client-Kohorte " + run)
                .capacity(8)
                .format("ONLINE"));
        LocalDate today = LocalDate.now(BERLIN);
        SessionDto session = cohorts.scheduleSession(
                cohort.getId(),
                new SessionRequestDto()
                        .moduleKey(series.getModules().get(0).getKey())
                        .start(at(today, 5))
                        .end(at(today, 6))
                        .onlineLink("https://meet.example.org/client-" + run));

        EnrolmentDto enrolment =
                new EnrolmentsApi(staff).enrol(cohort.getId(), new EnrolmentRequestDto().memberId(memberId));
        assertEquals("CONFIRMED", enrolment.getStatus());

        List<AttendanceRowDto> sheet = new AttendanceApi(staff)
                .markAttendance(
                        session.getId(),
                        List.of(new MarkDto().memberId(memberId).status("PRESENT")));
        assertTrue(
                sheet.stream()
                        .anyMatch(
                                row -> memberId.compareTo(row.getMemberId()) == 0 && "PRESENT".equals(row.getStatus())),
                sheet.toString());

        RosterDto roster = new EnrolmentsApi(staff).getRoster(cohort.getId());
        assertEquals(1, roster.getSeated().size(), roster.toString());
        assertEquals(0, memberId.compareTo(roster.getSeated().get(0).getMemberId()));
    }

    @Test
    void errorsArriveAsTheDocumentedProblem() throws Exception {
        ApiClient staff = signedIn("staff@example.org", PASSWORD);
        try {
            new CohortsApi(staff).getCohort(BigDecimal.valueOf(987_654_321L), null);
            throw new AssertionError("a cohort that does not exist was found");
        } catch (ApiException e) {
            assertEquals(404, e.getCode());
            assertTrue(e.getResponseBody().contains("\"status\":404"), e.getResponseBody());
        }
    }

    private static String at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0))
                .atZone(BERLIN)
                .toOffsetDateTime()
                .toString();
    }
}
