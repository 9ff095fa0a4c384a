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

    @Test
    void refusesTheOwnNameOrAddressOrTheApplicationsNameWithOnlyDigitsOrSignsAdded() {
        String email = "ayse.yilmaz@example.org";
        String name = "Ayşe Yılmaz";
        assertEquals(Optional.of("password.personal"), PasswordPolicy.problem("Ayse.Yilmaz2027", email, name));
        assertEquals(Optional.of("password.personal"), PasswordPolicy.problem("ayşe-yılmaz!", email, name));
        assertEquals(Optional.of("password.personal"), PasswordPolicy.problem("Yılmaz12345", email, name));
        assertEquals(Optional.of("password.personal"), PasswordPolicy.problem("committee-academy-1", email, name));
        assertEquals(Optional.of("password.personal"), PasswordPolicy.problem("Integrationsrat2026", null, null));
    }

    @Test
    void aSentenceThatMentionsTheNameIsFine() {
        assertTrue(PasswordPolicy.problem("ayşe geht in bonn zur vhs", "ayse.yilmaz@example.org", "Ayşe Yılmaz")
                .isEmpty());
        assertTrue(PasswordPolicy.problem("kaffee am rhein", null, null).isEmpty());
        assertEquals(
                Optional.of("password.tooCommon"),
                PasswordPolicy.problem("password", "someone@example.org", "Some One"),
                "the general rules come first");
    }
}
