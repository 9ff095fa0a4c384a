package org.committeeacademy.identity.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.EnumSet;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

class JpaAccountRepositoryTest {

    private static Account account(String email, String name) {
        return new Account(email, name, Language.EN, "hash", EnumSet.of(Role.MEMBER, Role.TRAINER), Instant.EPOCH);
    }

    @Test
    void storesAndFindsAccountsWithRolesAndLanguage() {
        try (TestDatabase db = new TestDatabase()) {
            db.inTransaction(em -> repository(em).add(account("Olena@Example.org", "Olena")));

            EntityManager em = db.entityManager();
            Account found = repository(em).findByEmail("olena@example.org").orElseThrow();
            assertEquals("Olena", found.name());
            assertEquals(Language.EN, found.language());
            assertEquals(EnumSet.of(Role.MEMBER, Role.TRAINER), found.roles());
            assertTrue(repository(em).findByEmail("nobody@example.org").isEmpty());
        }
    }

    @Test
    void pagesThroughAccountsByName() {
        try (TestDatabase db = new TestDatabase()) {
            db.inTransaction(em -> {
                for (String name : new String[] {"Carla", "Anna", "Bert"}) {
                    repository(em).add(account(name.toLowerCase() + "@example.org", name));
                }
            });
            JpaAccountRepository accounts = repository(db.entityManager());

            assertEquals(3, accounts.count());
            assertEquals(
                    java.util.List.of("Anna", "Bert"),
                    accounts.page(0, 2).stream().map(Account::name).toList());
            assertEquals("Carla", accounts.page(2, 2).get(0).name());
        }
    }

    @Test
    void theSameAddressCannotBeStoredTwice() {
        try (TestDatabase db = new TestDatabase()) {
            db.inTransaction(em -> repository(em).add(account("a@example.org", "A")));

            assertThrows(
                    PersistenceException.class,
                    () -> db.inTransaction(em -> repository(em).add(account("A@example.org", "Other"))));
        }
    }

    private static JpaAccountRepository repository(EntityManager em) {
        return new JpaAccountRepository(em);
    }
}
