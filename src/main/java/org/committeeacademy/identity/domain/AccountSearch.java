package org.committeeacademy.identity.domain;

import java.io.Serializable;
import java.util.Locale;

/**
 * What the accounts list is narrowed to: a text found in the name or the e-mail address (case-insensitive), a role,
 * an organisation. Null (or blank text) means any; staff get their own organisation set by the service.
 */
public record AccountSearch(String text, Role role, Long organisationId) implements Serializable {

    public static final int MAX_TEXT = 100;

    public AccountSearch {
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    public static AccountSearch everyone() {
        return new AccountSearch(null, null, null);
    }

    public AccountSearch withinOrganisation(Long organisation) {
        return new AccountSearch(text, role, organisation);
    }

    /** The text as a LIKE pattern, its own % and _ taken literally (escape character !). */
    public String likePattern() {
        return text == null
                ? null
                : "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
