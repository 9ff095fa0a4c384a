package org.committeeacademy.identity.application;

import org.committeeacademy.shared.domain.Language;

/**
 * What someone enters on the public registration page; via is an ambassador's code from their link, organisationId the
 * provider whose staff decide (optional: with one active organisation it is that one), projectId the local project an
 * ambassador's link invites into (optional; only one the ambassador takes part in counts).
 */
public record NewRegistration(
        String name,
        String email,
        Language language,
        String password,
        String repeat,
        String message,
        String via,
        Long organisationId,
        Long projectId) {}
