package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesOfTenCharacters() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(c -> assertTrue(c.matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"), c));
    }

    @Test
    void hashesIgnoreCaseSpacesAndDashesButNotCharacters() {
        assertEquals(RecoveryCodes.hash("7KQ4M-X2P9B"), RecoveryCodes.hash("7kq4m x2p9b"));
        assertNotEquals(RecoveryCodes.hash("7KQ4M-X2P9B"), RecoveryCodes.hash("7KQ4M-X2P9C"));
        assertFalse(RecoveryCodes.hash("7KQ4M-X2P9B").contains("7KQ4M"), "only the hash is stored");
    }

    @Test
    void eachCodeWorksOnceAndOnlyWhileTheFactorIsOn() {
        List<String> codes = RecoveryCodes.generate();
        SecondFactor factor = new SecondFactor(1);
        assertFalse(factor.useRecoveryCode(RecoveryCodes.hash(codes.get(0))), "not on yet");
        factor.begin("plain:SECRET");
        factor.confirm(100, RecoveryCodes.hashes(codes), Instant.EPOCH);

        assertTrue(factor.useRecoveryCode(RecoveryCodes.hash(codes.get(0))));
        assertFalse(factor.useRecoveryCode(RecoveryCodes.hash(codes.get(0))), "used once");
        assertEquals(9, factor.recoveryCodesLeft());
        assertFalse(factor.useRecoveryCode(RecoveryCodes.hash("AAAAA-AAAAA")));

        factor.switchOff();
        assertFalse(factor.useRecoveryCode(RecoveryCodes.hash(codes.get(1))));
        assertEquals(0, factor.recoveryCodesLeft());
    }

    @Test
    void aRecoveryCodeIsToldApartFromASixDigitCode() {
        assertTrue(RecoveryCodes.looksLikeRecoveryCode("7KQ4M-X2P9B"));
        assertFalse(RecoveryCodes.looksLikeRecoveryCode("123456"));
        assertFalse(RecoveryCodes.looksLikeRecoveryCode(null));
    }

    @Test
    void theSecretInUseStaysUntilANewOneIsConfirmed() {
        SecondFactor factor = new SecondFactor(1);
        factor.begin("plain:FIRST");
        factor.confirm(5, List.of(), Instant.EPOCH);
        assertTrue(factor.enabled());
        factor.used(3);
        assertEquals(5, factor.lastStep(), "the last step never goes back");
        assertThrows(IllegalStateException.class, () -> factor.begin("plain:SECOND"), "switch it off first");
        assertEquals("plain:FIRST", factor.sealedSecret());
    }
}
