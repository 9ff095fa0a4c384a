package org.committeeacademy.certificate.rest;

import java.time.Instant;
import org.committeeacademy.certificate.application.CertificateView;
import org.committeeacademy.shared.domain.Language;

/** A certificate of the caller: the code to share, and whether it still stands. */
public record CertificateDto(
        long id,
        String code,
        long cohortId,
        String cohortTitle,
        String seriesTitle,
        Instant issuedAt,
        boolean revoked) {

    static CertificateDto of(CertificateView c, Language language) {
        return new CertificateDto(
                c.id(),
                c.code(),
                c.cohortId(),
                c.cohortTitle(),
                c.seriesTitle().in(language),
                c.issuedAt(),
                c.revoked());
    }
}
