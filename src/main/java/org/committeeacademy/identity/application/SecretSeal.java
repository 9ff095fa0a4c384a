package org.committeeacademy.identity.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals TOTP secrets for the database: AES-GCM with the configured key ("aes:" + Base64 of nonce and ciphertext), so a
 * database dump or backup does not reveal them. Without a key they are kept as "plain:" (documented; a key set later
 * seals each secret as it is next set up, and unsealed ones keep working).
 */
final class SecretSeal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;

    SecretSeal(Optional<String> base64Key) {
        this.key = base64Key.map(k -> new SecretKeySpec(checkedKey(k), "AES")).orElse(null);
    }

    private static byte[] checkedKey(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("ACADEMY_MFA_KEY must be 16, 24 or 32 bytes in Base64");
        }
        return bytes;
    }

    String seal(String secret) {
        if (key == null) {
            return "plain:" + secret;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return "aes:"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal the secret", e);
        }
    }

    String open(String sealed) {
        if (sealed.startsWith("plain:")) {
            return sealed.substring(6);
        }
        if (!sealed.startsWith("aes:") || key == null) {
            throw new IllegalStateException("A second-factor secret is sealed, but ACADEMY_MFA_KEY is not set");
        }
        try {
            byte[] data = Base64.getDecoder().decode(sealed.substring(4));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, data, 0, NONCE_BYTES));
            return new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open a second-factor secret: is ACADEMY_MFA_KEY the right key?", e);
        }
    }
}
