package org.committeeacademy.backup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupShelfTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private static Backup daysAgo(int days) {
        return new Backup("b" + days, NOW.minus(Duration.ofDays(days)), "/backups/b" + days, 10);
    }

    @Test
    void keepsTheNewestAndDiscardsTheRest() {
        BackupShelf shelf = new BackupShelf(List.of(daysAgo(3), daysAgo(0), daysAgo(1), daysAgo(2)));

        assertEquals(List.of(daysAgo(2), daysAgo(3)), shelf.beyond(2));
        assertEquals(List.of(), shelf.beyond(7));
        assertEquals(List.of(daysAgo(1), daysAgo(2), daysAgo(3)), shelf.beyond(0), "the newest is always kept");
        assertEquals(daysAgo(0), shelf.latest().orElseThrow());
    }

    @Test
    void warnsWhenTheLatestIsOlderThanTwoDaysOrThereIsNone() {
        assertTrue(new BackupShelf(List.of()).isStale(NOW));
        assertTrue(new BackupShelf(List.of(daysAgo(3))).isStale(NOW));
        assertFalse(new BackupShelf(List.of(daysAgo(3), daysAgo(1))).isStale(NOW));
        assertFalse(new BackupShelf(List.of(daysAgo(2))).isStale(NOW), "two days exactly is not yet too old");
    }
}
