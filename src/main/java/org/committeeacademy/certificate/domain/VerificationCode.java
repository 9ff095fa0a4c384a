package org.committeeacademy.certificate.domain;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A certificate's public code: 12 characters of Crockford's base32 (60 random bits), without the letters people
 * confuse (I, L, O, U). Typed codes are read leniently: lower case, spaces and hyphens are fine.
 */
public final class VerificationCode {

    public static final int LENGTH = 12;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {}

    public static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, or an empty string if what was typed cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String code = typed.replaceAll("[\\s-]", "")
                .toUpperCase(Locale.ROOT)
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return "";
        }
        return code;
    }

    /** For print: "ABCD-EFGH-JKMN". */
    public static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
