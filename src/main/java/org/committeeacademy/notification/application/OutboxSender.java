package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.notification.domain.OutboxMessage;
import org.committeeacademy.organisation.domain.Organisation;

/** Delivers the mails that are due: claims each, sends it outside any transaction, records how it went. */
@ApplicationScoped
public class OutboxSender {

    private static final System.Logger LOG = System.getLogger(OutboxSender.class.getName());
    static final int BATCH = 50;

    @Inject
    OutboxClaims claims;

    @Inject
    SenderOrganisation senders;

    public int deliverDue() {
        MailSettings settings = MailSettings.current();
        if (!settings.delivers()) {
            return 0;
        }
        return deliverDue(new MailTransport(settings), settings);
    }

    int deliverDue(MailTransport transport, MailSettings settings) {
        int sent = 0;
        int failed = 0;
        List<Long> due;
        // batch after batch until the backlog is through: a failed mail is not due again at once, so this ends
        do {
            due = claims.due(BATCH);
            for (long id : due) {
                Optional<OutboxMessage> claimed = claims.claim(id);
                if (claimed.isEmpty()) {
                    continue;
                }
                try {
                    OutboxMessage message = claimed.get();
                    Optional<Organisation> organisation =
                            senders == null ? Optional.empty() : senders.byId(message.organisationId());
                    transport.send(
                            message.recipientEmail(),
                            message.mail(),
                            organisation.map(Organisation::name).orElse(null),
                            organisation.map(Organisation::mailSender).orElse(null));
                    claims.delivered(id);
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    claims.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
                    failed++;
                }
            }
        } while (due.size() == BATCH);
        if (failed > 0) {
            LOG.log(
                    Level.WARNING,
                    "{0} mail(s) sent, {1} failed and wait for their next attempt ({2})",
                    sent,
                    failed,
                    settings);
        }
        return sent;
    }
}
