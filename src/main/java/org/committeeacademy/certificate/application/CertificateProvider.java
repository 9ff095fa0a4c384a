package org.committeeacademy.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.committeeacademy.certificate.domain.Certificate;
import org.committeeacademy.organisation.application.Organisations;

/** The organisation named on a certificate: the one that ran its cohort. */
@ApplicationScoped
public class CertificateProvider {

    @Inject
    Organisations organisations;

    public CertificatePdf.Provider of(Certificate certificate) {
        return organisations
                .publicProfile(certificate.cohort().organisationId())
                .map(o -> new CertificatePdf.Provider(
                        o.name(), o.colour(), o.logo().orElse(null)))
                .orElse(CertificatePdf.Provider.NONE);
    }
}
