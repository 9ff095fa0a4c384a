package org.committeeacademy.certificate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortPlan;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Venue;
import org.junit.jupiter.api.Test;

/** Issuing by hand and revoking both need a reason; a certificate is revoked once. */
class CertificateTest {

    private static final Instant NOW = Instant.parse("2027-03-20T12:00:00Z");
    private static final LocalizedText TEXT = new LocalizedText("Titel", "Title");

    private final Account member = account("member@example.org", Role.MEMBER);
    private final Account staff = account("staff@example.org", Role.STAFF);
    private final Cohort cohort = new Cohort(
            Series.create("integration-committees", TEXT, TEXT),
            new Venue("VHS Bonn", "Mülheimer Platz 1", "53111", "Bonn", new Accessibility(true, true, true, null)),
            CohortPlan.defaults("Bonn"));

    private static Account account(String email, Role role) {
        return new Account(email, email, Language.DE, "hash", EnumSet.of(role), NOW);
    }

    @Test
    void anEarnedCertificateNeedsNoReasonAManualOneDoes() {
        assertFalse(Certificate.earned(member, cohort, "ABCD0123EFGH", NOW).isManual());
        assertThrows(
                ValidationException.class,
                () -> Certificate.issuedManually(member, cohort, "ABCD0123EFGH", staff, "  ", NOW));
        Certificate manual = Certificate.issuedManually(member, cohort, "ABCD0123EFGH", staff, " nachgeholt ", NOW);
        assertTrue(manual.isManual());
        assertEquals("nachgeholt", manual.issueReason());
    }

    @Test
    void revokingNeedsAReasonAndHappensOnce() {
        Certificate certificate = Certificate.earned(member, cohort, "ABCD0123EFGH", NOW);
        assertThrows(ValidationException.class, () -> certificate.revoke(staff, null, NOW));
        assertFalse(certificate.isRevoked());
        certificate.revoke(staff, "irrtümlich", NOW);
        assertTrue(certificate.isRevoked());
        assertEquals("irrtümlich", certificate.revokeReason());
        assertThrows(ConflictException.class, () -> certificate.revoke(staff, "noch einmal", NOW));
    }
}
