package org.committeeacademy.committee.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.committeeacademy.committee.application.Memberships;
import org.committeeacademy.committee.application.MyCommittee;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff set an account's committee: a confirmed membership at once. A root resource of its own under identity's
 * /accounts, as Jersey picks the root with the longer literal path for /accounts/{id}/committee.
 */
@Tag(name = "Committees")
@Path("/accounts/{id}/committee")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class AccountCommitteeResource {

    /** The body: which committee. */
    public record CommitteeChoice(Long committeeId) {}

    /** The answer: the account's committee and that it is confirmed. */
    public record MembershipDto(long accountId, long committeeId, String name, String status) {}

    @Inject
    Memberships memberships;

    @Operation(operationId = "assignCommittee", summary = "Assign an account to a committee")
    @PUT
    public MembershipDto assign(@PathParam("id") long accountId, CommitteeChoice body) {
        MyCommittee set = memberships.assign(accountId, body == null ? null : body.committeeId());
        return new MembershipDto(
                accountId, set.committeeId(), set.name(), set.status().name());
    }
}
