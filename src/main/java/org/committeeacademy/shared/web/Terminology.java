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

    static String variant() {
        String configured = AcademySettings.current().terminology();
        return VARIANTS.contains(configured) ? configured : "ausschuss-chancengerechtigkeit";
    }
}
