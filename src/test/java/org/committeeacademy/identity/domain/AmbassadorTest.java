package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AmbassadorTest {

    @Test
    void aRenewedCodeReplacesTheOldOne() {
        Ambassador ambassador = new Ambassador(5, Instant.now());
        String first = ambassador.code();
        assertTrue(Ambassador.looksLikeCode(first));
        ambassador.renewCode();
        assertNotEquals(first, ambassador.code());
        assertTrue(Ambassador.looksLikeCode(ambassador.code()));
    }

    @Test
    void onlyCodeShapedValuesAreLookedUp() {
        assertFalse(Ambassador.looksLikeCode(null));
        assertFalse(Ambassador.looksLikeCode("short"));
        assertFalse(Ambassador.looksLikeCode("' OR 1=1 --aaaaaaaaaaaa"));
    }
}
