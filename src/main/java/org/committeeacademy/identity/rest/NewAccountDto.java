package org.committeeacademy.identity.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.PasswordPolicy;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;
import org.committeeacademy.shared.i18n.OfferedLanguages;

/**
 * The body of POST /accounts; {@code organisationId} counts for admins only (staff open accounts in their own). Checked here rather than with Bean Validation annotations, which Payara's OpenAPI
 * generator cannot read on record components.
 */
public record NewAccountDto(
        String email, String name, String password, List<String> roles, String language, Long organisationId) {

    /** All problems at once, so a caller can fix everything in one go. */
    void validate() {
        List<Violation> problems = new ArrayList<>();
        if (email == null || email.isBlank()) {
            problems.add(new Violation("email", "api.email.required"));
        } else if (!EmailAddress.isValid(EmailAddress.normalize(email))) {
            problems.add(new Violation("email", "account.email.invalid"));
        }
        if (name == null || name.isBlank()) {
            problems.add(new Violation("name", "api.name.required"));
        } else if (name.length() > 200) {
            problems.add(new Violation("name", "api.name.tooLong"));
        }
        if (password == null || password.isEmpty()) {
            problems.add(new Violation("password", "api.password.required"));
        } else {
            PasswordPolicy.problem(password, email, name)
                    .ifPresent(key -> problems.add(new Violation("password", key)));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new Violation("roles", "api.roles.required"));
        } else if (!roles.stream().allMatch(NewAccountDto::isRole)) {
            problems.add(new Violation("roles", "api.roles.unknown"));
        }
        if (language != null && OfferedLanguages.fromCode(language).isEmpty()) {
            problems.add(new Violation("language", "api.language.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static boolean isRole(String name) {
        return name != null
                && Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name));
    }

    EnumSet<Role> roleSet() {
        EnumSet<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(r -> result.add(Role.valueOf(r)));
        return result;
    }

    Language languageOrDefault() {
        return OfferedLanguages.fromCode(language).orElse(Language.defaultLanguage());
    }
}
