package org.committeeacademy.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.committeeacademy.identity.domain.Role;
import org.junit.jupiter.api.Test;

class HomePageTest {

    @Test
    void theCoordinatorLandsOnTheirOwnHomeNotOnAStaffPage() {
        assertEquals("/coordinator/home.xhtml", HomePage.forRoles(EnumSet.of(Role.COORDINATOR)));
        assertEquals("/coordinator/home.xhtml", HomePage.forRoles(EnumSet.of(Role.STAFF, Role.COORDINATOR)));
    }

    @Test
    void anAdminWhoAlsoCoordinatesLandsOnTheAccounts() {
        assertEquals("/admin/accounts.xhtml", HomePage.forRoles(EnumSet.of(Role.COORDINATOR, Role.ADMIN)));
    }
}
