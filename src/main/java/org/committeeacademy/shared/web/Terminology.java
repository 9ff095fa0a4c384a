package org.committeeacademy.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.committeeacademy.shared.config.AcademySettings;

/**
 * The body's name as the pages use it ({@code #{terms.members}}), chosen by the setting ACADEMY_TERMINOLOGY: it
 * differs by state and year (Integrationsrat, Integrationsausschuss, Ausschuss für Chancengerechtigkeit und
 * Integration).
 */
@Named("terms")
@RequestScoped
public class Terminology {

    static final Set<String> VARIANTS =
            Set.of("integrationsrat", "integrationsausschuss", "ausschuss-chancengerechtigkeit");

    @Inject
    PageMessages messages;

    /** "members of integration councils" and the like. */
    public String getMembers() {
        return messages.text("term." + variant() + ".members");
    }

    /** "integration councils" and the like. */
    public String getBodies() {
        return messages.text("term." + variant() + ".bodies");
    }

    /** Read once: the setting does not change while the application runs. */
    private static final class Variant {
        static final String CONFIGURED = configured();

        private static String configured() {
            String value = AcademySettings.current().terminology();
            return VARIANTS.contains(value) ? value : "ausschuss-chancengerechtigkeit";
        }
    }

    static String variant() {
        return Variant.CONFIGURED;
    }
}
