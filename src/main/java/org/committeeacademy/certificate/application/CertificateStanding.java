package org.committeeacademy.certificate.application;

/**
 * Where a member stands towards the certificate of one cohort: the one rule behind both the certificate's message and
 * the progress lines under it, so that no page says "missing: submit the worksheet" under "the certificate is issued"
 * (a certificate staff issued by decision, or one issued before a worksheet was sent back, settles what is open).
 */
public enum CertificateStanding {
    /** A valid (not revoked) certificate exists: nothing is missing any more. */
    ISSUED("certificate.issuedWithCode"),
    /** Every required module is complete; the certificate follows (the nightly sweep or the next change issues it). */
    PENDING("certificate.pending"),
    /** Not yet earned: the progress lines say what is missing. */
    NOT_YET("certificate.notYet");

    private final String messageKey;

    CertificateStanding(String messageKey) {
        this.messageKey = messageKey;
    }

    public static CertificateStanding of(boolean seriesComplete, boolean validCertificate) {
        if (validCertificate) {
            return ISSUED;
        }
        return seriesComplete ? PENDING : NOT_YET;
    }

    /** The bundle key of the certificate's message. */
    public String messageKey() {
        return messageKey;
    }

    /** Whether a module's open points are shown as missing; once issued they are settled by the certificate. */
    public boolean listsWhatIsMissing() {
        return this == NOT_YET || this == PENDING;
    }

    public boolean isIssued() {
        return this == ISSUED;
    }
}
