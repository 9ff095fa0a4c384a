package org.committeeacademy.certificate.application;

/**
 * A certificate was issued (earned or by staff). Fired synchronously inside the issuing transaction: a mail observer
 * should use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
public record CertificateIssued(long certificateId, long memberId) {}
