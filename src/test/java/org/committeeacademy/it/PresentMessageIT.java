package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A trainer writes to those present at one session: the session must be named, and only they get the message. */
@ExtendWith(ArquillianExtension.class)
class PresentMessageIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @Test
    void aMessageToThoseWhoWerePresentReachesThemOnly() throws Exception {
        Deployments.awaitAnswering(base);
        Http api = new Http(base.toURI());
        AttendanceFixture fixture = new AttendanceFixture(api, 19);
        assertEquals(
                200,
                api.putJson(
                                "/api/v1/sessions/" + fixture.oldSession + "/attendance",
                                "[{\"memberId\": %d, \"status\": \"PRESENT\"}]".formatted(fixture.memberId),
                                "Authorization",
                                AttendanceFixture.STAFF)
                        .statusCode());

        Http trainer = new Http(base.toURI());
        trainer.formLogin("trainer@example.org", AttendanceFixture.DEMO_PASSWORD);
        String path = "/team/messages.xhtml?cohort=" + fixture.cohortId;
        String composing = trainer.get(path).body();
        assertTrue(composing.contains("value=\"" + fixture.oldSession + "\""), "the held session is offered");
        assertTrue(!composing.contains("value=\"" + fixture.nextSession + "\""), "a session to come is not");
        Map<String, String> message = Map.of(
                "compose", "compose",
                "compose:audience", "PRESENT_AT_SESSION",
                "compose:subject", "Fotos vom Flipchart",
                "compose:text", "Danke fürs Mitmachen!",
                "compose:preview", "");
        HttpResponse<String> noSession = trainer.submit(composing, path, message);
        assertTrue(noSession.body().contains("Bitte wählen Sie den Termin"), noSession.body());

        java.util.Map<String, String> withSession = new java.util.HashMap<>(message);
        withSession.put("compose:session", String.valueOf(fixture.oldSession));
        HttpResponse<String> preview = trainer.submit(noSession.body(), path, withSession);
        assertTrue(preview.body().contains("id=\"recipientCount\""), preview.body());
        assertTrue(preview.body().contains(" 1 "), "the one person present");
        HttpResponse<String> sent =
                trainer.submit(preview.body(), path, Map.of("compose", "compose", "compose:send", ""));
        assertEquals(200, sent.statusCode());

        OutboxPages outbox = OutboxPages.asAdmin(base.toURI());
        assertTrue(
                outbox.awaitMails(fixture.memberEmail, 2).stream()
                        .map(outbox::mail)
                        .anyMatch(m -> m.contains("Fotos vom Flipchart")),
                "the person present gets the message");

        for (String status : java.util.List.of("OPEN", "RUNNING")) {
            HttpResponse<String> moved = api.postJson(
                    "/api/v1/cohorts/" + fixture.cohortId + "/status",
                    "{\"status\": \"" + status + "\"}",
                    "Authorization",
                    AttendanceFixture.STAFF);
            assertEquals(200, moved.statusCode(), moved.body());
        }
        Http member = new Http(base.toURI());
        member.formLogin(fixture.memberEmail, AttendanceFixture.MEMBER_PASSWORD);
        String page = member.get("/cohort.xhtml?id=" + fixture.cohortId).body();
        assertTrue(
                page.contains("id=\"cohortMessages\"") && page.contains("Fotos vom Flipchart"), "on the cohort's page");
    }
}
