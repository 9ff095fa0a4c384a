package org.committeeacademy.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretSealTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes());

    @Test
    void withAKeyTheSecretIsNotInTheStoredText() {
        SecretSeal seal = new SecretSeal(Optional.of(KEY));
        String sealed = seal.seal("JBSWY3DPEHPK3PXP");
        assertTrue(sealed.startsWith("aes:"));
        assertFalse(sealed.contains("JBSWY3DPEHPK3PXP"));
        assertNotEquals(sealed, seal.seal("JBSWY3DPEHPK3PXP"), "a fresh nonce each time");
        assertEquals("JBSWY3DPEHPK3PXP", seal.open(sealed));
    }

    @Test
    void theWrongKeyOrNoKeyCannotOpenIt() {
        String sealed = new SecretSeal(Optional.of(KEY)).seal("JBSWY3DPEHPK3PXP");
        assertThrows(IllegalStateException.class, () -> new SecretSeal(Optional.of(OTHER_KEY)).open(sealed));
        assertThrows(IllegalStateException.class, () -> new SecretSeal(Optional.empty()).open(sealed));
    }

    @Test
    void withoutAKeyItIsMarkedPlainAndStillReadableOnceAKeyIsSet() {
        String plain = new SecretSeal(Optional.empty()).seal("JBSWY3DPEHPK3PXP");
        assertEquals("plain:JBSWY3DPEHPK3PXP", plain);
        assertEquals("JBSWY3DPEHPK3PXP", new SecretSeal(Optional.of(KEY)).open(plain));
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SecretSeal(Optional.of(Base64.getEncoder().encodeToString(new byte[7]))));
    }
}
