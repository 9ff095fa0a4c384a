package org.committeeacademy.it;

import static org.committeeacademy.it.AttendanceFixture.STAFF;
import static org.committeeacademy.it.AttendanceFixture.TRAINER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The progress pages over HTTP: two absences warn once and show on the cohort's matrix for its trainer, a trainer of
 * other cohorts gets 404, and the member's own page shows their modules.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressPagesIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @Test
    void twoAbsencesShowAWarningOnTheMatrixAndTheMemberSeesTheirModules() throws Exception {
        Deployments.awaitAnswering(base);
        Http api = new Http(base.toURI());
        AttendanceFixture fixture = new AttendanceFixture(api, 21);
        String absent = "[{\"memberId\": %d, \"status\": \"ABSENT\"}]".formatted(fixture.memberId);
        assertEquals(
                200,
                api.putJson("/api/v1/sessions/" + fixture.oldSession + "/attendance", absent, "Authorization", STAFF)
                        .statusCode());
        assertEquals(
                200,
                api.putJson(
                                "/api/v1/sessions/" + fixture.todaySession + "/attendance",
                                absent,
                                "Authorization",
                                TRAINER)
                        .statusCode());
        assertEquals(
                200,
                api.putJson(
                                "/api/v1/sessions/" + fixture.todaySession + "/attendance",
                                absent,
                                "Authorization",
                                TRAINER)
                        .statusCode(),
                "saving the same again changes nothing");
        OutboxPages outbox = OutboxPages.asAdmin(base.toURI());
        assertTrue(
                outbox.awaitMails(fixture.memberEmail, 2).stream()
                        .map(outbox::mail)
                        .anyMatch(m -> m.contains("Fehlzeiten im Kurs") || m.contains("Absences in the course")),
                "the member is told of the absences");

        Http trainer = new Http(base.toURI());
        trainer.formLogin("trainer@example.org", AttendanceFixture.DEMO_PASSWORD);
        HttpResponse<String> matrix = trainer.get("/team/progress.xhtml?cohort=" + fixture.cohortId);
        assertEquals(200, matrix.statusCode());
        assertTrue(matrix.body().contains("Mira Anwesend"), matrix.body());
        assertTrue(matrix.body().contains("Warnung: 2 × abwesend"), matrix.body());
        assertTrue(matrix.body().contains("/team/attendance.xhtml?session=" + fixture.oldSession));

        HttpResponse<String> closed = trainer.get("/team/attendance.xhtml?session=" + fixture.oldSession);
        assertEquals(200, closed.statusCode());
        assertTrue(closed.body().contains("Korrekturfrist"), "past the window the trainer reads only");
        Http staff = new Http(base.toURI());
        staff.formLogin("staff@example.org", AttendanceFixture.DEMO_PASSWORD);
        HttpResponse<String> correcting = staff.get("/team/attendance.xhtml?session=" + fixture.oldSession);
        assertTrue(correcting.body().contains("Mira Anwesend"), correcting.body());
        assertTrue(!correcting.body().contains("Korrekturfrist"), "staff correct at any time");
        HttpResponse<String> rules = staff.get("/staff/progress-rules.xhtml");
        assertEquals(200, rules.statusCode());
        assertTrue(rules.body().contains("Pflichtbausteine"), rules.body());
        assertTrue(
                rules.body().contains("in der Reihe ein Wahlbaustein")
                        || rules.body().contains("optional in the series"),
                "module 4 is optional in the series");

        Http other = new Http(base.toURI());
        other.formLogin("jonas.becker@example.org", AttendanceFixture.DEMO_PASSWORD);
        assertEquals(
                404,
                other.get("/team/progress.xhtml?cohort=" + fixture.cohortId).statusCode());
        assertEquals(
                404,
                other.get("/team/attendance.xhtml?session=" + fixture.todaySession)
                        .statusCode());

        Http member = new Http(base.toURI());
        member.formLogin(fixture.memberEmail, AttendanceFixture.MEMBER_PASSWORD);
        HttpResponse<String> mine = member.get("/member/progress.xhtml?cohort=" + fixture.cohortId);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains("Mein Fortschritt"), mine.body());
        assertTrue(
                mine.body().contains("0 von 4 Bausteinen abgeschlossen"),
                "the optional one counted too: " + mine.body());
        assertTrue(mine.body().contains("ui-progressbar"), mine.body());
        assertEquals(404, member.get("/member/progress.xhtml?cohort=999999999").statusCode());
        assertTrue(
                member.get("/member/home.xhtml").body().contains("/member/progress.xhtml?cohort=" + fixture.cohortId),
                "My courses links to the progress page");
    }
}
