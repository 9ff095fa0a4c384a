package org.committeeacademy.identity.rest;

import java.util.Locale;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.i18n.OfferedLanguages;

/** The JSON bodies of the invitation, registration and password-reset calls. */
final class AccessRequests {

    private AccessRequests() {}

    /** POST /invitations */
    public record InvitationBody(
            String name, String email, String language, String role, Long referredBy, Long committeeId) {

        Role roleOrMember() {
            try {
                return role == null ? Role.MEMBER : Role.valueOf(role.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("role", "invitation.role.invalid");
            }
        }
    }

    /** POST /invitations/acceptance */
    public record AcceptanceBody(String token, String name, String language, String password) {}

    /** POST /registrations */
    public record RegistrationBody(
            String name,
            String email,
            String language,
            String password,
            String message,
            String via,
            Long organisationId,
            Long projectId) {}

    /** POST /registrations/{id}/decline */
    public record DeclineBody(String reason) {}

    /** POST /password-reset */
    public record ResetRequestBody(String email) {}

    /** POST /password-reset/new-password */
    public record NewPasswordBody(String token, String password) {}

    static Language language(String code) {
        if (code == null || code.isBlank()) {
            return Language.defaultLanguage();
        }
        return OfferedLanguages.fromCode(code)
                .orElseThrow(() -> new ValidationException("language", "api.language.unknown"));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "api.body.required");
        }
        return body;
    }
}
