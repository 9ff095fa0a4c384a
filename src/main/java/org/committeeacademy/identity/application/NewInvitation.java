package org.committeeacademy.identity.application;

import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;

/** Whom staff invite; referredBy is the ambassador the person came through, if any. */
public record NewInvitation(String name, String email, Language language, Role role, Long referredBy) {}
