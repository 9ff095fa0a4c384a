package org.committeeacademy.committee.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The official municipality code (Amtlicher Gemeindeschlüssel, AGS): eight digits, the first two naming the state
 * (01 Schleswig-Holstein … 16 Thüringen, NRW is 05), then district and municipality, e.g. 05314000 for Bonn.
 */
public final class MunicipalityCode {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");
    private static final int STATES = 16;

    private MunicipalityCode() {}

    /** The code without spaces, or empty when it is not one (wrong length, letters, or no state's number). */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replace(" ", "");
        if (!EIGHT_DIGITS.matcher(code).matches()) {
            return Optional.empty();
        }
        int state = Integer.parseInt(code.substring(0, 2));
        return state >= 1 && state <= STATES ? Optional.of(code) : Optional.empty();
    }
}
