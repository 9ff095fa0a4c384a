package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleGrantTest {

    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> STAFF = EnumSet.of(Role.STAFF);

    @Test
    void onlyAnAdminGivesTheCoordinatorRole() {
        assertTrue(RoleGrant.allowed(ADMIN, EnumSet.of(Role.COORDINATOR)));
        assertFalse(RoleGrant.allowed(STAFF, EnumSet.of(Role.COORDINATOR)));
        assertFalse(RoleGrant.allowed(EnumSet.of(Role.COORDINATOR), EnumSet.of(Role.COORDINATOR)));
    }

    @Test
    void staffGiveMemberAndTrainerRightsOnly() {
        assertTrue(RoleGrant.allowed(STAFF, EnumSet.of(Role.MEMBER)));
        assertTrue(RoleGrant.allowed(STAFF, EnumSet.of(Role.MEMBER, Role.TRAINER)));
        assertFalse(RoleGrant.allowed(STAFF, EnumSet.of(Role.STAFF)));
        assertFalse(RoleGrant.allowed(STAFF, EnumSet.of(Role.ADMIN)));
        assertFalse(
                RoleGrant.allowed(STAFF, EnumSet.of(Role.MEMBER, Role.COORDINATOR)),
                "one role staff may not give spoils the whole request");
    }

    @Test
    void aCoordinatorTrainerOrMemberGivesNoRoleAtAll() {
        for (Role role : EnumSet.of(Role.MEMBER, Role.TRAINER, Role.COORDINATOR)) {
            assertFalse(RoleGrant.allowed(EnumSet.of(role), EnumSet.of(Role.MEMBER)), role.name());
        }
    }

    @Test
    void anAdminGivesEveryRole() {
        assertTrue(RoleGrant.allowed(ADMIN, EnumSet.allOf(Role.class)));
        assertTrue(RoleGrant.allowed(EnumSet.of(Role.STAFF, Role.ADMIN), EnumSet.of(Role.ADMIN)));
    }
}
