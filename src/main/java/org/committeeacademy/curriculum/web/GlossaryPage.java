package org.committeeacademy.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;

/**
 * The public glossary of the words of local politics, in the page's language (the texts live in the bundles as
 * {@code glossary.<term>.name} and {@code .text}), each with the German word people hear in meetings.
 */
@Named
@RequestScoped
public class GlossaryPage {

    /** In the order a newcomer meets them: the bodies, then what happens in them. */
    static final List<String> TERMS = List.of(
            "rat",
            "ausschuss",
            "integrationsrat",
            "buergermeister",
            "verwaltung",
            "fraktion",
            "sitzung",
            "tagesordnung",
            "vorlage",
            "antrag",
            "anfrage",
            "beschluss",
            "niederschrift",
            "haushalt");

    @Inject
    Messages messages;

    public List<String> getTerms() {
        return TERMS;
    }

    /** The German word for the term, as it is said in the council. */
    public String german(String term) {
        return messages.text(Language.DE, "glossary." + term + ".name");
    }
}
