package org.committeeacademy.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.committeeacademy.identity.application.AccountService;
import org.committeeacademy.identity.application.NewAccount;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;

@Path("/accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    AccountService accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Response open(NewAccountDto body, @Context UriInfo uri) {
        if (body == null) {
            throw new ValidationException("body", "api.body.required");
        }
        body.validate();
        var account = accounts.open(new NewAccount(
                body.email(),
                body.name(),
                body.password(),
                body.roleSet(),
                body.languageOrDefault(),
                body.organisationId()));
        return Response.created(uri.getBaseUriBuilder()
                        .path("accounts")
                        .path(account.id().toString())
                        .build())
                .entity(AccountDto.of(account))
                .build();
    }
}
