package org.committeeacademy.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.committeeacademy.shared.domain.Language;

/** The user-visible texts (German and English bundles), for code that is not a page. */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "org.committeeacademy.i18n.messages";

    public String text(Language language, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
