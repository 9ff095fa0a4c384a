package org.committeeacademy.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes for a lost authenticator: ten random codes of ten characters (50 bits each), shown once and stored only
 * as SHA-256 hashes (their randomness, not a slow hash, is what makes them unguessable).
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    /** No 0/O, 1/I/L: codes are copied from paper. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    /** Fresh codes as shown to the person, e.g. {@code 7KQ4M-X2P9B}. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The stored form; spaces, dashes and case do not matter. */
    public static String hash(String code) {
        String normalized = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> hashes(List<String> codes) {
        return codes.stream().map(RecoveryCodes::hash).toList();
    }

    /** Whether the text looks like a recovery code rather than a six-digit TOTP code. */
    public static boolean looksLikeRecoveryCode(String text) {
        return text != null && text.replaceAll("[\\s-]", "").length() == 10;
    }
}
