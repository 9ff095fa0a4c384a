package org.committeeacademy.identity.application;

import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;

/**
 * Whom staff invite; referredBy is the ambassador the person came through, committeeId the committee the account
 * joins as a confirmed member when the invitation is accepted (each null if none).
 */
public record NewInvitation(
        String name, String email, Language language, Role role, Long referredBy, Long committeeId) {

    public NewInvitation(String name, String email, Language language, Role role, Long referredBy) {
        this(name, email, language, role, referredBy, null);
    }
}
