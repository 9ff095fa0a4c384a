package org.committeeacademy.certificate.rest;

import java.time.LocalDate;
import org.committeeacademy.certificate.application.Verification;
import org.committeeacademy.shared.domain.Language;

/** The public answer for a code: VALID with holder, series, date and venue, or REVOKED with nothing else. */
public record VerificationDto(
        String code, String status, String name, String series, LocalDate issuedOn, String venue) {

    static VerificationDto of(Verification v, Language language) {
        return v.valid()
                ? new VerificationDto(
                        v.code(), "VALID", v.name(), v.seriesTitle().in(language), v.issuedOn(), v.venue())
                : new VerificationDto(v.code(), "REVOKED", null, null, null, null);
    }
}
