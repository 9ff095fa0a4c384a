package org.committeeacademy.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.identity.application.AccountService;
import org.committeeacademy.identity.application.NewAccount;
import org.committeeacademy.identity.domain.AccountSearch;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Page;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.rest.ListPages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Accounts and sign-in")
@Path("/accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    AccountService accounts;

    @Operation(operationId = "openAccount", summary = "Open an account")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "AccountDto")))
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

    private static final int MAX_LIMIT = 500;

    /**
     * Accounts whose name or e-mail address contains {@code q} (any case), optionally with a role and in an
     * organisation, by name (then id); staff get their own organisation's only. With {@code page}/{@code size}
     * ({@link ListPages}) the database reads that page and counts the whole list for {@code X-Total-Count}; without
     * them the first-wave {@code offset}/{@code limit} window comes back as the list.
     */
    @Operation(operationId = "searchAccounts", summary = "Search accounts")
    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public List<AccountSummaryDto> search(
            @QueryParam("q") String q,
            @QueryParam("role") String role,
            @QueryParam("organisationId") Long organisationId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @Context UriInfo uri) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "api.paging.invalid");
        }
        Role wanted = role == null || role.isBlank()
                ? null
                : new RolesDto(List.of(role.strip())).roleSet().iterator().next();
        AccountSearch search = new AccountSearch(q, wanted, organisationId);
        Optional<ListPages.Window> window = ListPages.requested(uri);
        if (window.isEmpty()) {
            return accounts.page(search, offset, limit).stream()
                    .map(AccountSummaryDto::of)
                    .toList();
        }
        List<AccountSummaryDto> rows = accounts
                .page(search, window.get().first(), window.get().size())
                .stream()
                .map(AccountSummaryDto::of)
                .toList();
        return new Page<>(accounts.count(search), rows);
    }

    /** Admins give any roles; staff only member/trainer, in their own organisation (another's account: 404). */
    @Operation(operationId = "changeRoles", summary = "Change an account's roles")
    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public AccountSummaryDto changeRoles(@PathParam("id") long id, RolesDto body) {
        if (body == null) {
            throw new ValidationException("body", "api.body.required");
        }
        return AccountSummaryDto.of(accounts.changeRoles(id, body.roleSet()));
    }
}
