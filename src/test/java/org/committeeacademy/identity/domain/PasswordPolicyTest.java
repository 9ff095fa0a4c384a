package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsEightTo128CharactersWithoutCompositionRules() {
        assertTrue(PasswordPolicy.problem("kaffee am rhein").isEmpty());
        assertTrue(PasswordPolicy.problem("x".repeat(128)).isEmpty());
    }

    @Test
    void refusesShorterAndLongerPasswords() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("abcdefg"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem(null));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problem("x".repeat(129)));
    }

    @Test
    void countsCharactersNotBytes() {
        assertTrue(PasswordPolicy.problem("äöüßäöüß").isEmpty());
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("😀😀😀😀"));
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.problem("password"));
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.problem("PassWort123"));
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.problem("Sonnenschein"));
        assertTrue(PasswordPolicy.problem("sonnenschein über bonn").isEmpty());
    }
}
