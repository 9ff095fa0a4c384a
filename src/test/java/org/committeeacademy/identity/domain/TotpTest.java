package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 seed "12345678901234567890". */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static final String RFC_KEY_BASE32 = Base32.encode(RFC_KEY);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheTestVectorsOfRfc6238(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(expected, Totp.code(RFC_KEY, step, 8, "HmacSHA1"));
        assertEquals(expected.substring(2), Totp.code(RFC_KEY, step, 6, "HmacSHA1"), "six digits: the last six");
    }

    @Test
    void acceptsTheCurrentCodeAndOneStepOfDriftEitherWay() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        for (long drift = -1; drift <= 1; drift++) {
            String code = Totp.code(RFC_KEY, step + drift, 6, "HmacSHA1");
            assertEquals(OptionalLong.of(step + drift), Totp.matchingStep(RFC_KEY_BASE32, code, now, 0));
        }
        String tooOld = Totp.code(RFC_KEY, step - 2, 6, "HmacSHA1");
        String tooNew = Totp.code(RFC_KEY, step + 2, 6, "HmacSHA1");
        assertTrue(Totp.matchingStep(RFC_KEY_BASE32, tooOld, now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_KEY_BASE32, tooNew, now, 0).isEmpty());
    }

    @Test
    void aCodeUsedOnceIsRefusedAndSoAreOlderOnes() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        String code = Totp.code(RFC_KEY, step, 6, "HmacSHA1");
        assertTrue(Totp.matchingStep(RFC_KEY_BASE32, code, now, step).isEmpty(), "the same code again");
        String previous = Totp.code(RFC_KEY, step - 1, 6, "HmacSHA1");
        assertTrue(Totp.matchingStep(RFC_KEY_BASE32, previous, now, step).isEmpty(), "an older code after a newer");
        String next = Totp.code(RFC_KEY, step + 1, 6, "HmacSHA1");
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_KEY_BASE32, next, now, step));
    }

    @Test
    void refusesWhatIsNotSixDigitsAndToleratesSpaces() {
        Instant now = Instant.ofEpochSecond(59);
        assertTrue(Totp.matchingStep(RFC_KEY_BASE32, "94287082", now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_KEY_BASE32, "28708a", now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_KEY_BASE32, null, now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_KEY_BASE32, "287 082", now, 0).isPresent());
    }

    @Test
    void newSecretsAreRandomBase32OfTwentyBytes() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertEquals(20, Base32.decode(secret).length);
        assertFalse(secret.equals(Totp.newSecret()));
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("foobar", new String(Base32.decode("mzxw 6ytb oi"), StandardCharsets.US_ASCII));
    }

    @Test
    void theUriNamesIssuerAccountAndParameters() {
        assertEquals(
                "otpauth://totp/Committee%20Academy:staff%40example.org?secret=ABC&issuer=Committee%20Academy"
                        + "&algorithm=SHA1&digits=6&period=30",
                Totp.uri("Committee Academy", "staff@example.org", "ABC"));
    }
}
