package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.committeeacademy.shared.application.LanguageMemory;
import org.committeeacademy.shared.domain.Language;

/** The language chosen on a page, plain German included, is kept on the signed-in person's account. */
@ApplicationScoped
public class AccountLanguageMemory implements LanguageMemory {

    @Inject
    AccountService accounts;

    @Override
    public void rememberForCurrentAccount(Language language, boolean plain) {
        accounts.changeOwnLanguage(language, plain);
    }
}
