package org.committeeacademy.shared.i18n;

import org.committeeacademy.shared.domain.Language;

/** A bundle key as a value of a mail or export, written out in each recipient's own language. */
public record MessageKey(String key) {

    public String in(Language language) {
        return new Messages().text(language, key);
    }
}
