package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static Account account(String email, String name, Set<Role> roles) {
        return new Account(email, name, Language.DE, "hash", roles, Instant.EPOCH);
    }

    @Test
    void keepsEmailAddressesTrimmedAndInLowerCase() {
        assertEquals(
                "ayse@example.org",
                account("  Ayse@Example.ORG ", "Ayşe", EnumSet.of(Role.MEMBER)).email());
    }

    @Test
    void refusesAddressesThatAreNoEmail() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> account("not-an-email", "X", EnumSet.of(Role.MEMBER)));
        assertEquals("email", e.violations().get(0).field());
    }

    @Test
    void needsANameOfAtMost200Characters() {
        assertThrows(ValidationException.class, () -> account("a@example.org", "  ", EnumSet.of(Role.MEMBER)));
        assertThrows(
                ValidationException.class, () -> account("a@example.org", "x".repeat(201), EnumSet.of(Role.MEMBER)));
    }

    @Test
    void needsAtLeastOneRole() {
        assertThrows(ValidationException.class, () -> account("a@example.org", "A", EnumSet.noneOf(Role.class)));
    }

    @Test
    void theMostPrivilegedRoleDecidesTheHomePage() {
        assertEquals(
                Role.STAFF,
                account("a@example.org", "A", EnumSet.of(Role.TRAINER, Role.STAFF))
                        .principalRole());
        assertEquals(
                Role.MEMBER,
                account("b@example.org", "B", EnumSet.of(Role.MEMBER)).principalRole());
    }
}
