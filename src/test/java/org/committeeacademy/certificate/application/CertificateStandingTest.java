package org.committeeacademy.certificate.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One rule for the certificate's message and the progress lines: nothing "missing" under an issued certificate. */
class CertificateStandingTest {

    @Test
    void anIssuedCertificateSettlesWhatTheProgressStillCountsAsOpen() {
        CertificateStanding issuedByDecision = CertificateStanding.of(false, true);
        assertEquals(CertificateStanding.ISSUED, issuedByDecision);
        assertFalse(issuedByDecision.listsWhatIsMissing(), "no 'missing: submit the worksheet' under it");
        assertEquals("certificate.issuedWithCode", issuedByDecision.messageKey());
        assertEquals(CertificateStanding.ISSUED, CertificateStanding.of(true, true));
    }

    @Test
    void withoutACertificateTheProgressSaysWhatIsMissing() {
        assertEquals(CertificateStanding.NOT_YET, CertificateStanding.of(false, false));
        assertTrue(CertificateStanding.NOT_YET.listsWhatIsMissing());
        assertEquals("certificate.notYet", CertificateStanding.NOT_YET.messageKey());
        assertEquals(CertificateStanding.PENDING, CertificateStanding.of(true, false));
        assertEquals("certificate.pending", CertificateStanding.PENDING.messageKey());
    }
}
