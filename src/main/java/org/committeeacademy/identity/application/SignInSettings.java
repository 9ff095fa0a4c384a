package org.committeeacademy.identity.application;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.domain.SignInThrottle;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Settings of sign-in security: the throttle's numbers, the second factor and trusted proxies (docs/configuration.md). */
public final class SignInSettings {

    private final Config config;

    private SignInSettings(Config config) {
        this.config = config;
    }

    public static SignInSettings current() {
        return new SignInSettings(ConfigProvider.getConfig(SignInSettings.class.getClassLoader()));
    }

    public SignInThrottle.Rules throttleRules() {
        return new SignInThrottle.Rules(
                Duration.ofMinutes(number("academy.login.window-minutes", 15)),
                number("academy.login.free-failures", 5),
                Duration.ofSeconds(number("academy.login.first-delay-seconds", 1)),
                Duration.ofSeconds(number("academy.login.max-delay-seconds", 60)),
                number("academy.login.max-failures", 10),
                Duration.ofMinutes(number("academy.login.lock-minutes", 15)),
                number("academy.login.account-brake-after", 50),
                Duration.ofSeconds(number("academy.login.account-brake-seconds", 30)),
                number("academy.login.client-free-failures", 30),
                Math.max(1, number("academy.login.unknown-per-second", 5)));
    }

    /**
     * Roles whose accounts must set up a second factor (ACADEMY_MFA_REQUIRED_ROLES; NONE for none: MicroProfile Config
     * takes an empty value as not set).
     */
    public Set<Role> mfaRequiredRoles() {
        String value = config.getOptionalValue("academy.mfa.required.roles", String.class)
                .orElse("ADMIN,COORDINATOR,STAFF");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("NONE"))
                .forEach(s -> roles.add(Role.valueOf(s.toUpperCase(Locale.ROOT))));
        return roles;
    }

    /** A Base64 AES key (16, 24 or 32 bytes) that seals TOTP secrets in the database (ACADEMY_MFA_KEY). */
    public Optional<String> mfaKey() {
        return text("academy.mfa.key");
    }

    /** The issuer authenticator apps show next to the code (ACADEMY_MFA_ISSUER). */
    public String mfaIssuer() {
        return text("academy.mfa.issuer").orElse("Committee Academy");
    }

    /** Proxies whose X-Forwarded-For is believed (ACADEMY_TRUSTED_PROXIES: IP addresses, comma-separated). */
    public List<String> trustedProxies() {
        return text("academy.trusted.proxies")
                .map(v -> Arrays.stream(v.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    private int number(String key, int fallback) {
        return Math.max(0, config.getOptionalValue(key, Integer.class).orElse(fallback));
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
