package org.committeeacademy.identity.application;

import java.util.Set;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;

/**
 * What it takes to open an account. The organisation is the one an admin chose (or null for none); for staff it is
 * always their own, whatever they send.
 */
public record NewAccount(
        String email, String name, String password, Set<Role> roles, Language language, Long organisationId) {}
