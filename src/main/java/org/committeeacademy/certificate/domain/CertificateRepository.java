package org.committeeacademy.certificate.domain;

import java.util.List;
import java.util.Optional;

public interface CertificateRepository {

    Optional<Certificate> find(long id);

    Optional<Certificate> byCode(String code);

    Optional<Certificate> of(long memberId, long cohortId);

    List<Certificate> ofMember(long memberId);

    List<Certificate> ofCohort(long cohortId);

    Certificate add(Certificate certificate);

    /** Cohorts whose members may have earned a certificate: running or completed. */
    List<Long> cohortsToSweep();
}
