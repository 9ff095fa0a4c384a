package org.committeeacademy.identity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.rest.RestEndpoints;
import org.committeeacademy.shared.rest.RestEndpoints.Endpoint;
import org.junit.jupiter.api.Test;

/**
 * The coordinator sees anonymous figures and the shared curriculum, never a person's data. So the endpoints that let
 * the COORDINATOR role in are exactly these: the dashboard's tables, the list of committees (public bodies, no members) and what any account reads of its own under
 * {@code /me} and their own API tokens under {@code /tokens} (the services there answer with the caller's data only). A new endpoint
 * that names the role fails here until someone has decided it shows no one else's data and added it below.
 */
class CoordinatorEndpointsTest {

    private static final Set<String> FOR_THE_COORDINATOR = Set.of(
            "GET /reports/dashboard/{table}",
            // the exchange format: cohorts and sessions of every organisation; its participant lines only for staff
            // of the cohort's organisation (CohortExchange), so the coordinator's files hold no person
            "GET /cohorts/{id}/export",
            "GET /exchange/cohorts",
            "GET /committees",
            "POST /committees",
            "PUT /committees/{id}",
            "POST /organisations",
            "PUT /organisations/{id}/logo",
            "DELETE /organisations/{id}/logo",
            "GET /me",
            "GET /me/export",
            "POST /me/erasure",
            "GET /me/calendar-feed",
            "POST /me/calendar-feed/renew",
            "GET /me/certificates",
            "GET /me/certificates/{id}/pdf",
            "GET /me/enrolments",
            "GET /me/goals",
            "GET /me/surveys",
            "GET /me/worksheets",
            "PUT /me/password",
            "GET /tokens",
            "POST /tokens",
            "DELETE /tokens/{id}",
            "POST /me/mfa/totp",
            "POST /me/mfa/totp/confirm");

    @Test
    void theCoordinatorIsLetInOnlyWhereNoOneElsesDataIsShown() {
        Set<String> letIn = RestEndpoints.all().stream()
                .filter(e -> e.allows(Role.COORDINATOR_NAME))
                .map(Endpoint::toString)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(FOR_THE_COORDINATOR), letIn);
    }

    @Test
    void theScanFindsTheStaffEndpoints() {
        List<Endpoint> staff = RestEndpoints.all().stream()
                .filter(e -> e.allows(Role.STAFF_NAME))
                .toList();

        assertFalse(staff.isEmpty());
        assertEquals(
                Set.of(Role.ADMIN_NAME, Role.STAFF_NAME),
                staff.stream()
                        .filter(e -> e.toString().equals("POST /accounts"))
                        .findFirst()
                        .orElseThrow()
                        .roles());
    }
}
