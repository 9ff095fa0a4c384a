package org.committeeacademy.identity.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountSearch;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

@DatabaseTest
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
    void findsManyAccountsWithTheirRolesAndSkipsUnknownIds() {
        try (TestDatabase db = new TestDatabase()) {
            long[] ids = new long[2];
            db.inTransaction(em -> {
                ids[0] = repository(em).add(account("anna@example.org", "Anna")).id();
                Account bert = new Account(
                        "bert@example.org", "Bert", Language.DE, "hash", EnumSet.of(Role.STAFF), Instant.EPOCH);
                ids[1] = repository(em).add(bert).id();
            });

            EntityManager em = db.entityManager();
            List<Account> found = repository(em).findAll(List.of(ids[1], ids[0], ids[1] + 1000));
            assertEquals(2, found.size());
            Account anna =
                    found.stream().filter(a -> a.id() == ids[0]).findFirst().orElseThrow();
            Account bert =
                    found.stream().filter(a -> a.id() == ids[1]).findFirst().orElseThrow();
            assertEquals(EnumSet.of(Role.MEMBER, Role.TRAINER), anna.roles());
            assertEquals(EnumSet.of(Role.STAFF), bert.roles());
            assertTrue(repository(em).findAll(List.of()).isEmpty());
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

            assertEquals(3, accounts.count(AccountSearch.everyone()));
            assertEquals(
                    java.util.List.of("Anna", "Bert"),
                    accounts.page(AccountSearch.everyone(), 0, 2).stream()
                            .map(Account::name)
                            .toList());
            assertEquals(
                    "Carla",
                    accounts.page(AccountSearch.everyone(), 2, 2).get(0).name());
        }
    }

    @Test
    void searchFindsByNameOrAddressRoleAndOrganisation() {
        try (TestDatabase db = new TestDatabase()) {
            db.inTransaction(em -> {
                em.createNativeQuery("INSERT INTO organisation (name, city, active, row_version)"
                                + " VALUES ('VHS Bonn', 'Bonn', TRUE, 1)")
                        .executeUpdate();
                long bonn = ((Number) em.createNativeQuery("SELECT MIN(id) FROM organisation")
                                .getSingleResult())
                        .longValue();
                Account anna = account("anna@bonn.example.org", "Anna Schmidt");
                anna.belongTo(bonn);
                repository(em).add(anna);
                repository(em)
                        .add(new Account(
                                "bert_100%@example.org",
                                "Bert", Language.DE, "hash", EnumSet.of(Role.STAFF), Instant.EPOCH));
                repository(em).add(account("carla@example.org", "Carla"));
            });
            JpaAccountRepository accounts = repository(db.entityManager());
            long bonn = ((Number) db.entityManager()
                            .createNativeQuery("SELECT MIN(id) FROM organisation")
                            .getSingleResult())
                    .longValue();

            assertEquals(List.of("Anna Schmidt"), names(accounts, new AccountSearch(" SCHMIDT ", null, null)));
            assertEquals(List.of("Anna Schmidt"), names(accounts, new AccountSearch("bonn.example", null, null)));
            assertEquals(List.of("Bert"), names(accounts, new AccountSearch("_100%", null, null)));
            assertEquals(List.of(), names(accounts, new AccountSearch("1000", null, null)));
            assertEquals(List.of("Bert"), names(accounts, new AccountSearch(null, Role.STAFF, null)));
            assertEquals(List.of("Anna Schmidt"), names(accounts, new AccountSearch(null, Role.TRAINER, bonn)));
            assertEquals(1, accounts.count(AccountSearch.everyone().withinOrganisation(bonn)));
        }
    }

    private static List<String> names(JpaAccountRepository accounts, AccountSearch search) {
        return accounts.page(search, 0, 10).stream().map(Account::name).toList();
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
