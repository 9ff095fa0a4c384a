package org.committeeacademy.identity.application;

import org.committeeacademy.shared.domain.Language;

/** What someone enters on the public registration page; via is an ambassador's code from their link. */
public record NewRegistration(
        String name, String email, Language language, String password, String repeat, String message, String via) {}
