package org.committeeacademy.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.committeeacademy.identity.application.CommitteeDirectory;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own account. A root resource of its own: with "me" as a sub-path of a resource at "/", Jersey chose
 * the longer /me/… roots for /me and answered 404.
 */
@Tag(name = "Accounts and sign-in")
@Path("/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Instance<CommitteeDirectory> committees;

    @Operation(operationId = "me", summary = "Read one's own account")
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public AccountDto me() {
        Account me = currentUser.require();
        Long committeeId = committees.isUnsatisfied()
                ? null
                : committees.get().confirmedCommitteeOf(me.id()).orElse(null);
        return AccountDto.of(me, committeeId);
    }
}
