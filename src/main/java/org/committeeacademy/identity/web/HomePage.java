package org.committeeacademy.identity.web;

import java.util.Set;
import org.committeeacademy.identity.domain.Role;

/** Where each role lands after login. */
public final class HomePage {

    private HomePage() {}

    public static String of(Role role) {
        return switch (role) {
            case ADMIN -> "/admin/accounts.xhtml";
            case COORDINATOR -> "/coordinator/home.xhtml";
            case STAFF -> "/staff/home.xhtml";
            case TRAINER -> "/trainer/home.xhtml";
            case MEMBER -> "/member/home.xhtml";
        };
    }

    public static String forRoles(Set<Role> roles) {
        return of(roles.stream().max(Enum::compareTo).orElse(Role.MEMBER));
    }
}
