package org.committeeacademy.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.identity.application.SecondFactors.PasswordAccess;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.RecoveryCodes;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.domain.SecondFactor;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.identity.persistence.JpaSecondFactorRepository;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A password on the API, with the default roles that require a second factor (admin, coordinator, staff): the one
 * read that replaced the two checks by address gives the same answers.
 */
@DatabaseTest
class SecondFactorsPasswordAccessTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void aPasswordIsEnoughUnlessTheAccountUsesOrStillOwesASecondFactor() {
        try (TestDatabase db = new TestDatabase()) {
            long member = account(db, "member@example.org", Role.MEMBER, null);
            long memberWithCode = account(db, "member-code@example.org", Role.MEMBER, "enabled");
            long staff = account(db, "staff@example.org", Role.STAFF, null);
            long staffBegun = account(db, "staff-begun@example.org", Role.STAFF, "begun");
            long staffWithCode = account(db, "staff-code@example.org", Role.STAFF, "enabled");
            long exemptAdmin = account(db, "admin@example.org", Role.ADMIN, "exempt");

            SecondFactors factors = new SecondFactors();
            factors.requiredRoles = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.STAFF);
            factors.factors = new JpaSecondFactorRepository(db.entityManager());

            assertEquals(PasswordAccess.OPEN, factors.passwordAccess(member, Set.of(Role.MEMBER)));
            assertEquals(PasswordAccess.TOKEN_REQUIRED, factors.passwordAccess(memberWithCode, Set.of(Role.MEMBER)));
            assertEquals(PasswordAccess.SETUP_MISSING, factors.passwordAccess(staff, Set.of(Role.STAFF)));
            assertEquals(PasswordAccess.SETUP_MISSING, factors.passwordAccess(staffBegun, Set.of(Role.STAFF)));
            assertEquals(PasswordAccess.TOKEN_REQUIRED, factors.passwordAccess(staffWithCode, Set.of(Role.STAFF)));
            assertEquals(PasswordAccess.OPEN, factors.passwordAccess(exemptAdmin, Set.of(Role.ADMIN)));
            assertEquals(
                    PasswordAccess.SETUP_MISSING,
                    factors.passwordAccess(member, Set.of(Role.MEMBER, Role.COORDINATOR)),
                    "the roles signed in with count, not an earlier read");
        }
    }

    /** An account with the role and its second factor: none (null), "begun", "enabled" or "exempt". */
    private static long account(TestDatabase db, String email, Role role, String factor) {
        long[] id = new long[1];
        db.inTransaction(em -> {
            Account account = new Account(email, "Person", Language.DE, "hash", EnumSet.of(role), NOW);
            new JpaAccountRepository(em).add(account);
            em.flush();
            id[0] = account.id();
            JpaSecondFactorRepository repository = new JpaSecondFactorRepository(em);
            if ("exempt".equals(factor)) {
                repository.save(SecondFactor.exemptFor(account.id()));
            } else if (factor != null) {
                SecondFactor second = new SecondFactor(account.id());
                second.begin("aes:SEALED");
                if ("enabled".equals(factor)) {
                    List<String> codes = RecoveryCodes.generate();
                    second.confirm(1234, RecoveryCodes.hashes(codes), NOW);
                }
                repository.save(second);
            }
        });
        return id[0];
    }
}
