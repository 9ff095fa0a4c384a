package org.committeeacademy.certificate.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.committeeacademy.certificate.domain.CertificateRepository;
import org.committeeacademy.shared.application.ScheduledJob;

/**
 * Every night, issues the certificates earned without an attendance change to notice it (a worksheet accepted, a
 * rule relaxed), one cohort per transaction.
 */
@Singleton
@ScheduledJob
public class CertificateSweep {

    private static final System.Logger LOG = System.getLogger(CertificateSweep.class.getName());

    @Inject
    CertificateRepository certificates;

    @Inject
    Certificates issuing;

    @Schedule(hour = "2", minute = "30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void issueEarnedCertificates() {
        for (long cohortId : certificates.cohortsToSweep()) {
            try {
                int count = issuing.sweep(cohortId);
                if (count > 0) {
                    LOG.log(Level.INFO, "{0} certificate(s) issued in cohort {1}", count, cohortId);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Certificates of cohort " + cohortId + " wait for the next sweep", e);
            }
        }
    }
}
