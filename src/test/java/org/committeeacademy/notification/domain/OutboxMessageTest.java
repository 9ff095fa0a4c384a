package org.committeeacademy.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Mail MAIL = new Mail("Betreff", "Text", "<p>Text</p>", List.of());

    @Test
    void withoutAMailServerTheMailIsOnlyKept() {
        OutboxMessage held = new OutboxMessage(1L, "a@example.org", Language.DE, Notice.CANCELLED, MAIL, false, NOW);

        assertEquals(DeliveryStatus.HELD, held.status());
        assertNull(held.nextAttemptAt());
        assertThrows(IllegalStateException.class, () -> held.delivered(NOW), "a kept mail is never sent");
    }

    @Test
    void onlyAClaimedMailCanBeRecordedAsSent() throws Exception {
        OutboxMessage message = pending();
        assertThrows(IllegalStateException.class, () -> message.delivered(NOW));

        claim(message);
        message.delivered(NOW.plusSeconds(5));

        assertEquals(DeliveryStatus.SENT, message.status());
        assertEquals(1, message.attempts());
        assertEquals(NOW.plusSeconds(5), message.sentAt());
    }

    @Test
    void failuresWaitLongerEachTimeAndTheLastOneGivesUp() throws Exception {
        OutboxMessage message = pending();
        claim(message);
        message.attemptFailed("Connection refused", NOW);
        assertEquals(DeliveryStatus.PENDING, message.status());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), message.nextAttemptAt());
        assertEquals("Connection refused", message.lastError());

        claim(message);
        message.attemptFailed("Connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), message.nextAttemptAt());

        for (int i = 3; i <= Backoff.MAX_ATTEMPTS; i++) {
            claim(message);
            message.attemptFailed("x".repeat(2000), NOW);
        }
        assertEquals(DeliveryStatus.FAILED, message.status());
        assertEquals(Backoff.MAX_ATTEMPTS, message.attempts());
        assertNull(message.nextAttemptAt());
        assertEquals(1000, message.lastError().length());
    }

    private static OutboxMessage pending() {
        OutboxMessage message = new OutboxMessage(1L, "a@example.org", Language.DE, Notice.CANCELLED, MAIL, true, NOW);
        assertEquals(DeliveryStatus.PENDING, message.status());
        assertEquals(NOW, message.nextAttemptAt());
        return message;
    }

    /** The claim is an UPDATE in the database (see JpaOutbox); here it is set as that UPDATE leaves the row. */
    private static void claim(OutboxMessage message) throws Exception {
        Field status = OutboxMessage.class.getDeclaredField("status");
        status.setAccessible(true);
        status.set(message, DeliveryStatus.SENDING);
    }
}
