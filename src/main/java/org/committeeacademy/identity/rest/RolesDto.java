package org.committeeacademy.identity.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;

/** PUT /accounts/{id}/roles {@code {"roles": ["MEMBER", "TRAINER"]}}: the account's roles from now on. */
public record RolesDto(List<String> roles) {

    Set<Role> roleSet() {
        if (roles == null || roles.isEmpty()) {
            throw new ValidationException("roles", "api.roles.required");
        }
        EnumSet<Role> result = EnumSet.noneOf(Role.class);
        for (String role : roles) {
            try {
                result.add(Role.valueOf(role));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ValidationException("roles", "api.roles.unknown");
            }
        }
        return result;
    }
}
