package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.api.Test;

/** What ends an account's sessions: a password change, a real role change, an erasure; nothing else. */
class AccountSessionVersionTest {

    private static Account trainer() {
        return new Account("t@example.org", "Tanja", Language.DE, "hash", EnumSet.of(Role.TRAINER), Instant.EPOCH);
    }

    @Test
    void aNewAccountStartsAtZero() {
        assertEquals(0, trainer().sessionVersion());
    }

    @Test
    void aPasswordChangeEndsTheSessions() {
        Account account = trainer();
        account.changePassword("new hash");
        assertEquals(1, account.sessionVersion());
    }

    @Test
    void losingOrGainingARoleEndsTheSessionsButTheSameRolesDoNot() {
        Account account = trainer();
        account.changeRoles(EnumSet.of(Role.TRAINER));
        assertEquals(0, account.sessionVersion(), "the same roles again");
        account.changeRoles(EnumSet.of(Role.MEMBER));
        assertEquals(1, account.sessionVersion());
        account.changeRoles(EnumSet.of(Role.MEMBER, Role.TRAINER));
        assertEquals(2, account.sessionVersion());
    }

    @Test
    void anErasureEndsTheSessions() {
        Account account = trainer();
        account.erase("unusable", Instant.EPOCH);
        assertEquals(1, account.sessionVersion());
    }

    @Test
    void renamingOrAnotherLanguageDoNot() {
        Account account = trainer();
        account.rename("Tanja B.");
        account.changeLanguage(Language.EN);
        assertEquals(0, account.sessionVersion());
    }
}
