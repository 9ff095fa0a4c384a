package org.committeeacademy.profile.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.committeeacademy.profile.domain.TextVersions;
import org.committeeacademy.shared.config.AcademySettings;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the privacy notice and the accessibility statement fill in: who is responsible (ACADEMY_CONTROLLER_NAME,
 * ACADEMY_CONTROLLER_CONTACT; by default "the adult-education centre running the course"), how long data is kept,
 * and the notice's version, the one consents name.
 */
@Named("legal")
@ApplicationScoped
public class LegalPages {

    public Optional<String> getControllerName() {
        return setting("academy.controller.name");
    }

    public Optional<String> getControllerContact() {
        return setting("academy.controller.contact");
    }

    public int getRetentionMonths() {
        return AcademySettings.current().retentionMonths();
    }

    public String getVersion() {
        return TextVersions.PRIVACY_NOTICE;
    }

    private static Optional<String> setting(String key) {
        return ConfigProvider.getConfig(LegalPages.class.getClassLoader())
                .getOptionalValue(key, String.class)
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }
}
