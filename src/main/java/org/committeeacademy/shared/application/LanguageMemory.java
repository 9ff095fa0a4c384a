package org.committeeacademy.shared.application;

import org.committeeacademy.shared.domain.Language;

/**
 * Keeps the language a signed-in person chose with {@code ?lang=}, so it follows them to their next session. A port:
 * the account that stores it belongs to identity, which sits above shared and implements this.
 */
public interface LanguageMemory {

    void rememberForCurrentAccount(Language language);
}
