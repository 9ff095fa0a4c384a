package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.notification.domain.DeliveryStatus;
import org.committeeacademy.notification.domain.LinkSecrets;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.domain.OutboxMessage;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sender's loop against GreenMail, with the database steps replaced by an in-memory outbox. */
class OutboxSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void sendsEachDueMailOnceAndRecordsItSent() throws Exception {
        MemoryClaims claims = new MemoryClaims(mail(1, "a@example.org"), mail(2, "b@example.org"));

        assertEquals(2, sender(claims).deliverDue(transport(SMTP.getSmtp().getPort()), settings()));
        assertEquals(0, sender(claims).deliverDue(transport(SMTP.getSmtp().getPort()), settings()), "nothing twice");

        assertEquals(2, SMTP.getReceivedMessages().length);
        assertTrue(claims.all.stream().allMatch(m -> m.status() == DeliveryStatus.SENT));
    }

    @Test
    void theSecretOfALinkLeavesWithTheMailButIsNotKeptInTheOutbox() throws Exception {
        String secret = "Abc123-_Xyz789Abc123-_Xyz789Abc123-_Xyz7890";
        String link = "http://localhost:8080/password-reset.xhtml?token=" + secret;
        Mail mail =
                new MailTemplates().render(Notice.PASSWORD_RESET, Language.EN, Map.of("name", "Anna", "link", link));
        OutboxMessage m = new OutboxMessage(7L, "r@example.org", Language.EN, Notice.PASSWORD_RESET, mail, true, NOW);
        set(m, "id", 7L);
        MemoryClaims claims = new MemoryClaims(m);
        assertTrue(m.mail().text().contains(secret), "held and pending mails still carry the link");

        assertEquals(1, sender(claims).deliverDue(transport(SMTP.getSmtp().getPort()), settings()));

        assertTrue(GreenMailUtil.getWholeMessage(SMTP.getReceivedMessages()[0])
                .replace("=\r\n", "")
                .contains(secret));
        assertFalse(m.mail().text().contains(secret), m.mail().text());
        assertFalse(m.mail().html().contains(secret), m.mail().html());
        assertTrue(
                m.mail().text().contains("token=" + LinkSecrets.BLANKED),
                m.mail().text());
    }

    @Test
    void aBacklogLongerThanOneBatchGoesOutInOneRun() throws Exception {
        List<OutboxMessage> backlog = new ArrayList<>();
        for (long id = 1; id <= OutboxSender.BATCH + 3; id++) {
            backlog.add(mail(id, "m" + id + "@example.org"));
        }
        MemoryClaims claims = new MemoryClaims(backlog.toArray(OutboxMessage[]::new));

        assertEquals(
                OutboxSender.BATCH + 3,
                sender(claims).deliverDue(transport(SMTP.getSmtp().getPort()), settings()));
    }

    @Test
    void aMailAnotherWorkerClaimedIsNotSentHere() throws Exception {
        MemoryClaims claims = new MemoryClaims(mail(1, "a@example.org"));
        claims.takenElsewhere.add(1L);

        assertEquals(0, sender(claims).deliverDue(transport(SMTP.getSmtp().getPort()), settings()));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void aFailedAttemptWaitsForItsNextTry() throws Exception {
        MemoryClaims claims = new MemoryClaims(mail(1, "a@example.org"));

        assertEquals(0, sender(claims).deliverDue(transport(1), settings()));

        OutboxMessage m = claims.all.get(0);
        assertEquals(DeliveryStatus.PENDING, m.status());
        assertEquals(1, m.attempts());
        assertTrue(m.lastError().startsWith("MailConnectException"), m.lastError());
        assertTrue(m.nextAttemptAt().isAfter(NOW));
    }

    private static OutboxSender sender(OutboxClaims claims) {
        OutboxSender sender = new OutboxSender();
        sender.claims = claims;
        return sender;
    }

    private static MailTransport transport(int port) {
        return new MailTransport(new MailSettings(
                Optional.of("127.0.0.1"), port, Optional.empty(), Optional.empty(), "a@example.org", false, 48));
    }

    private static MailSettings settings() {
        return new MailSettings(Optional.of("127.0.0.1"), 25, Optional.empty(), Optional.empty(), "x@y.z", false, 48);
    }

    private static OutboxMessage mail(long id, String to) throws Exception {
        Mail mail = new MailTemplates()
                .render(
                        Notice.CANCELLED,
                        Language.EN,
                        Map.of("name", "Anna", "cohort", "Bonn", "link", "http://localhost:8080/cohort.xhtml?id=1"));
        OutboxMessage m = new OutboxMessage(id, to, Language.EN, Notice.CANCELLED, mail, true, NOW);
        set(m, "id", id);
        return m;
    }

    private static void set(OutboxMessage m, String field, Object value) throws Exception {
        Field f = OutboxMessage.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(m, value);
    }

    /** The claim is the database's UPDATE … WHERE status = 'PENDING'; here the same rule on a list. */
    private static final class MemoryClaims extends OutboxClaims {
        final List<OutboxMessage> all = new ArrayList<>();
        final Set<Long> takenElsewhere = new HashSet<>();

        MemoryClaims(OutboxMessage... messages) {
            all.addAll(List.of(messages));
            clock = java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC);
        }

        @Override
        public List<Long> due(int limit) {
            return all.stream()
                    .filter(m -> m.status() == DeliveryStatus.PENDING
                            && !m.nextAttemptAt().isAfter(NOW))
                    .map(OutboxMessage::id)
                    .toList();
        }

        @Override
        public Optional<OutboxMessage> claim(long id) {
            if (takenElsewhere.contains(id)) {
                return Optional.empty();
            }
            OutboxMessage m = find(id);
            try {
                set(m, "status", DeliveryStatus.SENDING);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Optional.of(m);
        }

        @Override
        public void delivered(long id) {
            find(id).delivered(NOW);
        }

        @Override
        public void failed(long id, String error) {
            find(id).attemptFailed(error, NOW);
        }

        private OutboxMessage find(long id) {
            return all.stream().filter(m -> m.id() == id).findFirst().orElseThrow();
        }
    }
}
