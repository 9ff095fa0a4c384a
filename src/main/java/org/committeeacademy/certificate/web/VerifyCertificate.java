package org.committeeacademy.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.committeeacademy.certificate.application.Certificates;
import org.committeeacademy.certificate.application.Verification;

/** The public verification page (/verify.xhtml?code=): genuine, revoked or unknown, and nothing more. */
@Named
@RequestScoped
public class VerifyCertificate {

    @Inject
    Certificates certificates;

    private String code;
    private Optional<Verification> result;

    public Optional<Verification> getResult() {
        if (result == null) {
            result = code == null || code.isBlank() ? Optional.empty() : certificates.verify(code);
        }
        return result;
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
