package org.committeeacademy.identity.application;

/**
 * Secrets the application must read back (to sign with them), sealed for the database as the TOTP secrets are:
 * AES-GCM with ACADEMY_MFA_KEY when set, "plain:" otherwise (see docs/configuration.md). Used by the webhooks.
 */
public final class SealedSecrets {

    private final SecretSeal seal;

    private SealedSecrets(SecretSeal seal) {
        this.seal = seal;
    }

    public static SealedSecrets fromSettings() {
        return new SealedSecrets(new SecretSeal(SignInSettings.current().mfaKey()));
    }

    public String seal(String secret) {
        return seal.seal(secret);
    }

    public String open(String sealed) {
        return seal.open(sealed);
    }
}
