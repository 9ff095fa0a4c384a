package org.committeeacademy.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.ApiToken;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.identity.persistence.JpaApiTokenRepository;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** A Bearer secret against the stored tokens, on embedded Derby: expiry, revocation, erasure, current roles. */
@DatabaseTest
class ApiTokensTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void aValidSecretSignsInItsAccountWithItsCurrentRolesUntilItExpires() {
        try (TestDatabase db = new TestDatabase()) {
            long accountId = tx(db, em -> {
                Account a = new Account("tok@example.org", "Tok", Language.DE, "hash", EnumSet.of(Role.TRAINER), NOW);
                return new JpaAccountRepository(em).add(a).id();
            });
            String secret = tx(db, em -> {
                ApiToken.Issued issued = ApiToken.issue(accountId, "script", 2, NOW);
                new JpaApiTokenRepository(em).add(issued.token());
                return issued.secret();
            });

            assertEquals(
                    Set.of(Role.TRAINER),
                    authenticate(db, secret, NOW.plusSeconds(1)).orElseThrow());
            tx(db, em -> {
                new JpaAccountRepository(em).find(accountId).orElseThrow().changeRoles(EnumSet.of(Role.MEMBER));
                return null;
            });
            assertEquals(
                    Set.of(Role.MEMBER),
                    authenticate(db, secret, NOW.plusSeconds(2)).orElseThrow(),
                    "roles now");
            assertTrue(authenticate(db, secret, NOW.plus(Duration.ofDays(2))).isEmpty(), "expired");
            assertTrue(authenticate(db, "cat_not-a-token", NOW).isEmpty());
            assertTrue(authenticate(db, "", NOW).isEmpty());
        }
    }

    @Test
    void revokedTokensAndErasedAccountsSignNobodyIn() {
        try (TestDatabase db = new TestDatabase()) {
            long accountId = tx(db, em -> {
                Account a = new Account("rev@example.org", "Rev", Language.DE, "hash", EnumSet.of(Role.MEMBER), NOW);
                return new JpaAccountRepository(em).add(a).id();
            });
            String[] secrets = tx(db, em -> {
                JpaApiTokenRepository tokens = new JpaApiTokenRepository(em);
                ApiToken.Issued one = ApiToken.issue(accountId, "one", 30, NOW);
                ApiToken.Issued two = ApiToken.issue(accountId, "two", 30, NOW);
                tokens.add(one.token());
                tokens.add(two.token());
                return new String[] {one.secret(), two.secret()};
            });
            assertEquals(2, (int) tx(db, em -> new JpaApiTokenRepository(em).revokeAllOf(accountId, NOW)));
            assertTrue(authenticate(db, secrets[0], NOW).isEmpty());
            assertTrue(authenticate(db, secrets[1], NOW).isEmpty());
            assertTrue(tx(db, em -> new JpaApiTokenRepository(em).activeOf(accountId, NOW))
                    .isEmpty());

            String third = tx(db, em -> {
                ApiToken.Issued issued = ApiToken.issue(accountId, "three", 30, NOW);
                new JpaApiTokenRepository(em).add(issued.token());
                return issued.secret();
            });
            assertTrue(authenticate(db, third, NOW).isPresent());
            assertEquals(OptionalInt.of(0), tx(db, em -> new JpaAccountRepository(em).sessionVersion(accountId)));
            tx(db, em -> {
                new JpaAccountRepository(em).find(accountId).orElseThrow().erase("unusable", NOW);
                return null;
            });
            assertTrue(authenticate(db, third, NOW).isEmpty(), "an erased account");
            assertEquals(OptionalInt.empty(), tx(db, em -> new JpaAccountRepository(em).sessionVersion(accountId)));
        }
    }

    private static java.util.Optional<Set<Role>> authenticate(TestDatabase db, String secret, Instant at) {
        return tx(db, em -> service(em, at).authenticate(secret).map(AuthenticatedAccount::roles));
    }

    private static <T> T tx(TestDatabase db, java.util.function.Function<EntityManager, T> work) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        db.inTransaction(em -> result.set(work.apply(em)));
        return result.get();
    }

    private static ApiTokens service(EntityManager em, Instant at) {
        ApiTokens service = new ApiTokens();
        service.tokens = new JpaApiTokenRepository(em);
        service.accounts = new JpaAccountRepository(em);
        service.clock = Clock.fixed(at, ZoneOffset.UTC);
        return service;
    }
}
