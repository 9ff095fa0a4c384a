package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithPbkdf2Sha512AtLeast210000IterationsAndA16ByteSalt() {
        String[] parts = hasher.hash("correct horse".toCharArray()).split("\\$");

        assertEquals("pbkdf2-sha512", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000);
        assertTrue(Base64.getDecoder().decode(parts[2]).length >= 16);
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("correct horse".toCharArray());

        assertTrue(hasher.verify("correct horse".toCharArray(), stored));
        assertFalse(hasher.verify("correct horsE".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void saltsEveryHashAfresh() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void refusesMalformedOrForeignHashes() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain-text"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha512$abc$!!$!!"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$c2FsdA$aGFzaA"));
    }
}
