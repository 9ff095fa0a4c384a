package org.committeeacademy.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class CouncilSourceTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Instant NIGHT = Instant.parse("2026-12-06T01:30:00Z");

    @Test
    void aFailedSyncIsRetriedAfter5And30And120MinutesThenTheNextNight() {
        CouncilSource source = new CouncilSource(1, "https://ris.example.de/oparl/v1/body/1", NOW);
        assertFalse(source.due(NOW), "staff sync a new source now, the job a little later");
        assertTrue(source.due(NOW.plus(Duration.ofMinutes(10))));
        Instant at = NOW;
        for (long minutes : new long[] {5, 30, 120}) {
            source.failed(at, "council.error.timeout", NIGHT);
            assertEquals(at.plus(Duration.ofMinutes(minutes)), source.nextAttemptAt());
            assertFalse(source.due(at.plus(Duration.ofMinutes(minutes - 1))));
            at = source.nextAttemptAt();
        }
        source.failed(at, "council.error.timeout", NIGHT);
        assertEquals(NIGHT, source.nextAttemptAt());
        assertEquals("council.error.timeout", source.lastError());

        source.succeeded(at, at, 3, 2, 1, NIGHT);
        assertNull(source.lastError());
        assertEquals(0, source.failures());
        assertEquals(at, source.modifiedSince(), "the next sync asks only for changes");
    }

    @Test
    void aNewUrlOrOtherOrganizationsMeanAFullSyncAgain() {
        CouncilSource source = new CouncilSource(1, "https://ris.example.de/oparl/v1/body/1", NOW);
        source.succeeded(NOW, NOW, 3, 2, 0, NIGHT);
        source.choose("https://ris.example.de/oparl/v1/organization/2", null, NOW);
        assertNull(source.modifiedSince());
        source.succeeded(NOW, NOW, 3, 2, 0, NIGHT);
        source.point("https://ris.example.de/oparl/v1/body/1", NOW);
        assertEquals(NOW, source.modifiedSince(), "the same URL keeps what was imported");
        source.point("https://other.example.de/oparl/body/9", NOW);
        assertNull(source.modifiedSince());
        assertNull(source.committeeOrganization());
    }

    @Test
    void refusesWhatIsNoHttpUrlAndDeadlinesOutOfRange() {
        for (String url :
                new String[] {"", "ftp://x.example/body", "javascript:alert(1)", "https://user:pw@x.example/b"}) {
            assertThrows(ValidationException.class, () -> new CouncilSource(1, url, NOW), url);
        }
        CouncilSource source = new CouncilSource(1, "https://ris.example.de/oparl/v1/body/1", NOW);
        assertThrows(ValidationException.class, () -> source.deadlineDays(-1));
        assertThrows(ValidationException.class, () -> source.deadlineDays(61));
        source.deadlineDays(14);
        assertEquals(14, source.motionDeadlineDays());
    }
}
