package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.notification.domain.TemplateText;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;

/**
 * The organisation a mail comes from: the one that runs the cohort the mail is about. Its name, address and privacy
 * contact close the mail, and the sender uses its name and reply address; a mail about no cohort is the platform's.
 */
@ApplicationScoped
public class SenderOrganisation {

    private static final String HTML = "<p style=\"margin-top:2em;color:#555;font-size:90%;"
            + "border-inline-start:4px solid {{colour}};padding-inline-start:.75em\">{{lines}}</p>";
    /** Without a colour of its own, the footer's line is grey. */
    private static final String NO_COLOUR = "#cccccc";

    @Inject
    CohortRepository cohorts;

    @Inject
    Organisations organisations;

    @Inject
    Messages messages;

    public Optional<Organisation> of(About about) {
        if (about == null || about.cohortId() == null) {
            return Optional.empty();
        }
        return cohorts.find(about.cohortId()).map(Cohort::organisationId).flatMap(organisations::publicProfile);
    }

    /** By id, for the sender, which knows a mail's organisation only by the id kept with it. */
    public Optional<Organisation> byId(Long organisationId) {
        return organisations.publicProfile(organisationId);
    }

    /** The mail with the organisation's name, address, reply address and privacy contact under it. */
    public Mail signed(Mail mail, Organisation organisation, Language language) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("sender", messages.text(language, "mail.footer.sender", organisation.name()));
        put(lines, "address", organisation.address());
        if (present(organisation.mailSender())) {
            lines.put("contact", messages.text(language, "mail.footer.contact", organisation.mailSender()));
        }
        if (present(organisation.privacyContact())) {
            lines.put("privacy", messages.text(language, "mail.footer.privacy", organisation.privacyContact()));
        }
        String text = String.join("\n", lines.values());
        String colour = organisation.colour() == null ? NO_COLOUR : organisation.colour();
        String html =
                logo(organisation, language) + new TemplateText(HTML).html(Map.of("lines", text, "colour", colour));
        return mail.withFooter(text, html);
    }

    /** The logo from the public address (mails cannot reach the application without one), else nothing. */
    private String logo(Organisation organisation, Language language) {
        if (!organisation.hasLogo()) {
            return "";
        }
        Optional<String> site = AcademySettings.current().publicUrl();
        if (site.isEmpty()) {
            return "";
        }
        return new TemplateText("<p style=\"margin-top:2em\"><img src=\"{{src}}\" alt=\"{{alt}}\" height=\"40\"></p>")
                .html(Map.of(
                        "src",
                        site.get().replaceAll("/+$", "") + "/api/v1/organisations/" + organisation.id() + "/logo",
                        "alt",
                        messages.text(language, "organisation.logo.alt", organisation.name())));
    }

    private static void put(Map<String, String> lines, String key, String value) {
        if (present(value)) {
            lines.put(key, value.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
