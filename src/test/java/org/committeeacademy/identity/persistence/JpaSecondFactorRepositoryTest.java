package org.committeeacademy.identity.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.RecoveryCodes;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.domain.SecondFactor;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

@DatabaseTest
class JpaSecondFactorRepositoryTest {

    @Test
    void keepsTheSealedSecretTheLastStepAndOnlyHashesOfTheRecoveryCodes() {
        try (TestDatabase db = new TestDatabase()) {
            long[] id = new long[1];
            List<String> codes = RecoveryCodes.generate();
            db.inTransaction(em -> {
                Account account = new Account(
                        "staff-mfa@example.org", "Staff", Language.DE, "hash", EnumSet.of(Role.STAFF), Instant.EPOCH);
                new JpaAccountRepository(em).add(account);
                em.flush();
                id[0] = account.id();
                SecondFactor factor = new SecondFactor(account.id());
                factor.begin("aes:SEALED");
                factor.confirm(1234, RecoveryCodes.hashes(codes), Instant.parse("2026-12-05T10:00:00Z"));
                new JpaSecondFactorRepository(em).save(factor);
            });
            db.inTransaction(em -> {
                SecondFactor factor =
                        new JpaSecondFactorRepository(em).find(id[0]).orElseThrow();
                assertTrue(factor.enabled());
                assertEquals("aes:SEALED", factor.sealedSecret());
                assertEquals(1234, factor.lastStep());
                assertTrue(factor.useRecoveryCode(RecoveryCodes.hash(codes.get(3))));
                factor.used(1240);
            });

            EntityManager em = db.entityManager();
            SecondFactor stored = new JpaSecondFactorRepository(em).find(id[0]).orElseThrow();
            assertEquals(9, stored.recoveryCodesLeft());
            assertEquals(1240, stored.lastStep());
            assertFalse(stored.exempt());
            List<?> hashes = em.createNativeQuery("SELECT code_hash FROM mfa_recovery_code")
                    .getResultList();
            assertEquals(9, hashes.size());
            assertTrue(hashes.stream().noneMatch(h -> codes.contains(h)), "codes are stored hashed");
        }
    }

    @Test
    void anExemptAccountHasARowWithoutSecret() {
        try (TestDatabase db = new TestDatabase()) {
            long[] id = new long[1];
            db.inTransaction(em -> {
                Account account = new Account(
                        "admin-demo@example.org", "Admin", Language.DE, "hash", EnumSet.of(Role.ADMIN), Instant.EPOCH);
                new JpaAccountRepository(em).add(account);
                em.flush();
                id[0] = account.id();
                new JpaSecondFactorRepository(em).save(SecondFactor.exemptFor(account.id()));
            });
            SecondFactor stored = new JpaSecondFactorRepository(db.entityManager())
                    .find(id[0])
                    .orElseThrow();
            assertTrue(stored.exempt());
            assertFalse(stored.enabled());
        }
    }
}
