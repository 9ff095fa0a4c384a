package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.notification.domain.OutboxMessage;
import org.committeeacademy.notification.domain.OutboxRepository;

/**
 * The sender's steps, each in its own short transaction, so that no transaction is open while the mail server is
 * being talked to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxClaims {

    /** How long a claimed mail may stay SENDING before another attempt may take it (after a crash, say). */
    static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    OutboxRepository outbox;

    Clock clock = Clock.systemUTC();

    public List<Long> due(int limit) {
        outbox.releaseExpiredLeases(clock.instant());
        return outbox.due(clock.instant(), limit);
    }

    /** The mail, if this caller won it; then it is SENDING and nobody else sends it. */
    public Optional<OutboxMessage> claim(long id) {
        if (!outbox.claim(id, clock.instant().plus(LEASE))) {
            return Optional.empty();
        }
        Optional<OutboxMessage> message = outbox.find(id);
        message.ifPresent(m -> m.mail().attachments().size());
        return message;
    }

    public void delivered(long id) {
        outbox.find(id).ifPresent(m -> m.delivered(clock.instant()));
    }

    public void failed(long id, String error) {
        outbox.find(id).ifPresent(m -> m.attemptFailed(error, clock.instant()));
    }
}
