package org.committeeacademy.it;

import static org.committeeacademy.it.AttendanceFixture.DEMO_PASSWORD;
import static org.committeeacademy.it.AttendanceFixture.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The self-paced units' answers are the member's (issue 23): saved one question at a time; the cohort's trainer sees
 * who has done which unit, a reflection only once the member shares it, never a chosen option; staff of another
 * organisation and members without a seat get 404.
 */
@ExtendWith(ArquillianExtension.class)
class UnitAnswersIT {

    private static UnitFixture fixture;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void fixture() throws Exception {
        Deployments.awaitAnswering(base);
        if (fixture == null) {
            fixture = new UnitFixture(base.toURI());
        }
    }

    private Http signedIn(String email, String password) throws Exception {
        Http person = new Http(base.toURI());
        assertEquals(302, person.formLogin(email, password).statusCode(), email);
        return person;
    }

    @Test
    void theTrainerSeesCompletionAndAReflectionOnlyWithConsent() throws Exception {
        String reflection = "Der Spielplatz am Bahnhof " + fixture.run;
        Http member = signedIn(fixture.memberEmail, MEMBER_PASSWORD);
        String home = member.get("/member/home.xhtml").body();
        assertTrue(home.contains("unit=" + UnitFixture.UNIT), "the unit is listed on the course");
        assertTrue(home.contains("Vorbereitung auf Sitzung 1"), home);

        String path = fixture.unitPath();
        HttpResponse<String> page = member.get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("0 von 3 Fragen beantwortet"), page.body());
        assertSaved(UnitFixture.change(member, page.body(), path, "q:0:single", "rat"));
        assertSaved(UnitFixture.change(member, page.body(), path, "q:1:multiple", "stellungnahme"));
        assertSaved(UnitFixture.change(member, page.body(), path, "q:2:reflection", reflection));
        String again = member.get(path).body();
        assertTrue(again.contains("3 von 3 Fragen beantwortet"), "answers kept: " + again);
        assertTrue(again.contains(reflection));

        Http trainer = signedIn(fixture.trainerEmail, MEMBER_PASSWORD);
        String overview =
                trainer.get("/team/units.xhtml?cohort=" + fixture.cohortId).body();
        assertTrue(overview.contains("data-member=\"" + fixture.memberId + "\""), overview);
        assertTrue(overview.matches("(?s).*>1 von \\d+ Lerneinheiten erledigt<.*"), overview);
        assertFalse(overview.contains(reflection), "no reflection without the member's consent");

        assertSaved(UnitFixture.change(member, again, path, "q:2:shared", "true"));
        overview = trainer.get("/team/units.xhtml?cohort=" + fixture.cohortId).body();
        assertTrue(overview.contains(reflection), "the shared reflection");
        assertFalse(overview.contains("stellungnahme"), "never a chosen option");

        String progress =
                member.get("/member/progress.xhtml?cohort=" + fixture.cohortId).body();
        assertTrue(progress.contains("Lerneinheiten: 1 von 3 erledigt"), progress);
    }

    private static void assertSaved(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("partial-response"), answer.body());
        assertFalse(answer.body().contains("ui-messages-error"), answer.body());
    }

    @Test
    void othersGetNotFound() throws Exception {
        Http otherOrganisation = signedIn("staff-koeln@example.org", DEMO_PASSWORD);
        assertEquals(
                404,
                otherOrganisation
                        .get("/team/units.xhtml?cohort=" + fixture.cohortId)
                        .statusCode());
        Http ownStaff = signedIn("staff@example.org", DEMO_PASSWORD);
        assertEquals(
                200,
                ownStaff.get("/team/units.xhtml?cohort=" + fixture.cohortId).statusCode());
        Http otherTrainer = signedIn("jonas.becker@example.org", DEMO_PASSWORD);
        assertEquals(
                404,
                otherTrainer.get("/team/units.xhtml?cohort=" + fixture.cohortId).statusCode());
        Http stranger = signedIn("member@example.org", DEMO_PASSWORD);
        assertEquals(404, stranger.get(fixture.unitPath()).statusCode(), "no seat in the cohort");
        Http member = signedIn(fixture.otherEmail, MEMBER_PASSWORD);
        assertEquals(200, member.get(fixture.unitPath()).statusCode());
        assertEquals(
                404,
                member.get(fixture.unitPath().replace("wer-entscheidet", "gibt-es-nicht"))
                        .statusCode());
        assertEquals(404, member.get("/member/unit.xhtml?cohort=x").statusCode());
    }
}
