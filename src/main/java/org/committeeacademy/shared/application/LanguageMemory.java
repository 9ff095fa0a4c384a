package org.committeeacademy.shared.application;

import org.committeeacademy.shared.domain.Language;

/**
 * Keeps the language a signed-in person chose with {@code ?lang=} ({@code plain}: German in plain language), so it
 * follows them to their next session on any device. A port:
 * the account that stores it belongs to identity, which sits above shared and implements this.
 */
public interface LanguageMemory {

    void rememberForCurrentAccount(Language language, boolean plain);
}
