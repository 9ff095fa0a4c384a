package org.committeeacademy.survey.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.notification.application.About;
import org.committeeacademy.notification.application.Notifications;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.survey.persistence.JpaSurveyRepository;
import org.committeeacademy.survey.persistence.JpaSurveySchedules;
import org.junit.jupiter.api.Test;

/** Invitations on the demo data: each seated person once per open survey, not those who answered already. */
@DatabaseTest
class SurveyInvitationsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Records what would be mailed instead of writing the outbox. */
    static class SentMails extends Notifications {
        final List<Map<String, ?>> sent = new ArrayList<>();

        @Override
        public boolean send(long accountId, Notice notice, Map<String, ?> values) {
            assertEquals(Notice.SURVEY_INVITATION, notice);
            sent.add(values);
            return true;
        }

        @Override
        public boolean send(long accountId, Notice notice, Map<String, ?> values, About about) {
            return send(accountId, notice, values);
        }
    }

    @Test
    void everySeatedPersonIsInvitedOncePerOpenSurvey() {
        try (TestDatabase db = DemoDatabase.loadedOn(TODAY)) {
            SentMails mails = new SentMails();
            int[] counts = new int[2];
            for (int run = 0; run < 2; run++) {
                int r = run;
                db.inTransaction(em -> counts[r] = invitations(em, mails).invite());
            }
            // Bonn – Samstagsreihe: 8 seats, 6 answered after module 1; Köln – Frühjahrskurs: 2 seats, baseline
            assertEquals(2 + 2, counts[0], mails.sent.toString());
            assertEquals(0, counts[1], "a second run invites nobody again");
            assertTrue(mails.sent.stream()
                    .anyMatch(v -> ((LocalizedText) v.get("survey")).de().startsWith("nach dem Modul")));
            assertTrue(mails.sent.stream()
                    .allMatch(v ->
                            v.get("link").toString().startsWith("https://academy.example/member/survey.xhtml?round=")));
        }
    }

    private static SurveyInvitations invitations(EntityManager em, Notifications mails) {
        SurveyInvitations invitations = new SurveyInvitations();
        invitations.surveys = new JpaSurveyRepository(em);
        invitations.schedules = new JpaSurveySchedules(em);
        invitations.notifications = mails;
        invitations.publicUrl = () -> "https://academy.example";
        invitations.clock = Clock.fixed(TODAY.atTime(12, 0).atZone(BERLIN).toInstant(), BERLIN);
        return invitations;
    }
}
