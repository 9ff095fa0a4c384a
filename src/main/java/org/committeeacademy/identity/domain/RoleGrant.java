package org.committeeacademy.identity.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may hand out which roles. Admins give any role; staff open accounts for members and trainers only, so staff,
 * coordinator and admin rights always come from an admin; nobody else gives roles at all.
 */
public final class RoleGrant {

    private static final Set<Role> GRANTED_BY_STAFF = EnumSet.of(Role.MEMBER, Role.TRAINER);

    private RoleGrant() {}

    public static boolean allowed(Set<Role> granter, Set<Role> granted) {
        if (granter.contains(Role.ADMIN)) {
            return true;
        }
        return granter.contains(Role.STAFF) && GRANTED_BY_STAFF.containsAll(granted);
    }
}
