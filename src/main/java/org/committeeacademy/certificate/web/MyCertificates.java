package org.committeeacademy.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.certificate.application.CertificateView;
import org.committeeacademy.certificate.application.Certificates;

/** The signed-in member's valid certificates, for the download link beside each course on "Meine Kurse". */
@Named
@RequestScoped
public class MyCertificates {

    @Inject
    Certificates certificates;

    private List<CertificateView> mine;

    /** Whether the member holds a valid (not revoked) certificate of the cohort. */
    public boolean has(long cohortId) {
        if (mine == null) {
            mine = certificates.mine().stream().filter(c -> !c.revoked()).toList();
        }
        return mine.stream().anyMatch(c -> c.cohortId() == cohortId);
    }
}
