package org.committeeacademy.certificate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void codesAreTwelveUnambiguousCharactersAndDiffer() {
        String code = VerificationCode.random();
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{12}"), code);
        assertNotEquals(code, VerificationCode.random());
    }

    @Test
    void typedCodesAreReadLeniently() {
        assertEquals("ABCD0123EFGH", VerificationCode.normalise(" abcd-o123-efgh "));
        assertEquals("", VerificationCode.normalise("ABCD"), "too short");
        assertEquals("", VerificationCode.normalise("ABCD0123EFG!"));
        assertEquals("ABCD-0123-EFGH", VerificationCode.grouped("ABCD0123EFGH"));
    }
}
