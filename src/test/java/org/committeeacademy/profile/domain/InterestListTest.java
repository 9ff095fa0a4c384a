package org.committeeacademy.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class InterestListTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void onlyConfirmedEntriesNotToldBeforeAreTold() throws Exception {
        InterestEntry confirmed = entry(1, "a@example.org", true);
        InterestEntry unconfirmed = entry(2, "b@example.org", false);
        InterestEntry toldBefore = entry(3, "c@example.org", true);

        assertEquals(List.of(confirmed), InterestList.toTell(List.of(confirmed, unconfirmed, toldBefore), Set.of(3L)));
        assertEquals(List.of(), InterestList.toTell(List.of(confirmed, toldBefore), Set.of(1L, 3L)), "told once");
    }

    @Test
    void anEntryIsDoneThirtyDaysAfterItWasTold() throws Exception {
        InterestEntry entry = entry(1, "a@example.org", true);
        assertFalse(entry.isDone(NOW.plus(Duration.ofDays(90))), "never told: still waiting");
        entry.told(NOW);
        assertFalse(entry.isDone(NOW.plus(Duration.ofDays(29))));
        assertTrue(entry.isDone(NOW.plus(Duration.ofDays(31))));
    }

    @Test
    void anInvalidAddressIsRefused() {
        assertThrows(
                ValidationException.class,
                () -> new InterestEntry(1, "not-an-address", "Petra", Language.DE, "t", NOW));
    }

    private static InterestEntry entry(long id, String email, boolean confirmed) throws Exception {
        InterestEntry entry = new InterestEntry(9, email, "Petra Schulz", Language.DE, "token-" + id, NOW);
        Field field = InterestEntry.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entry, id);
        if (confirmed) {
            entry.confirm(NOW);
        }
        return entry;
    }
}
