package org.committeeacademy.certificate.application;

import java.time.Instant;
import org.committeeacademy.certificate.domain.Certificate;
import org.committeeacademy.shared.domain.LocalizedText;

/** A certificate as its member, trainers and staff see it. */
public record CertificateView(
        long id,
        String code,
        long cohortId,
        String cohortTitle,
        LocalizedText seriesTitle,
        long memberId,
        String memberName,
        Instant issuedAt,
        boolean manual,
        String issueReason,
        boolean revoked,
        String revokeReason) {

    static CertificateView of(Certificate c) {
        return new CertificateView(
                c.id(),
                c.code(),
                c.cohort().id(),
                c.cohort().title(),
                c.cohort().series().title(),
                c.member().id(),
                c.member().name(),
                c.issuedAt(),
                c.isManual(),
                c.issueReason(),
                c.isRevoked(),
                c.revokeReason());
    }
}
