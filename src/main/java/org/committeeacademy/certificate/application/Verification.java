package org.committeeacademy.certificate.application;

import java.time.LocalDate;
import org.committeeacademy.shared.domain.LocalizedText;

/**
 * What the public learns from a code: a valid certificate's holder, series, date and venue; of a revoked one only that
 * it was revoked.
 */
public record Verification(
        String code, boolean valid, String name, LocalizedText seriesTitle, LocalDate issuedOn, String venue) {

    static Verification revoked(String code) {
        return new Verification(code, false, null, null, null, null);
    }
}
