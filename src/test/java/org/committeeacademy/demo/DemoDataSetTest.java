package org.committeeacademy.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.committeeacademy.identity.domain.PasswordHasher;
import org.junit.jupiter.api.Test;

class DemoDataSetTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theStoredDemoHashIsTheDemoPasswordsHashAtTodaysStrength() {
        assertTrue(hasher.verify(DemoDataSet.DEMO_PASSWORD.toCharArray(), DemoDataSet.DEMO_PASSWORD_HASH));
        assertFalse(hasher.verify("demo-password-2026".toCharArray(), DemoDataSet.DEMO_PASSWORD_HASH));
        // raising PasswordHasher.ITERATIONS must renew the stored hash too
        assertEquals(
                String.valueOf(PasswordHasher.ITERATIONS),
                DemoDataSet.DEMO_PASSWORD_HASH.split("\\$")[1]);
    }
}
