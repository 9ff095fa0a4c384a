package org.committeeacademy.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.committeeacademy.identity.application.ApiTokens;
import org.committeeacademy.identity.domain.ApiToken;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's personal API tokens (every account has its own; nobody sees another's). */
@Tag(name = "Accounts and sign-in")
@Path("/tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class TokensResource {

    @Inject
    ApiTokens tokens;

    @Operation(operationId = "createToken", summary = "Create an API token")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "CreatedToken")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenDtos.NewToken body, @Context UriInfo uri) {
        AccessRequests.required(body);
        ApiToken.Issued issued = tokens.create(body.name(), body.days());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(issued.token().id().toString())
                        .build())
                .header("Cache-Control", "no-store")
                .entity(TokenDtos.Created.of(issued))
                .build();
    }

    @Operation(operationId = "listTokens", summary = "List one's API tokens")
    @GET
    public List<TokenDtos.Listed> list() {
        return tokens.mine().stream().map(TokenDtos.Listed::of).toList();
    }

    @Operation(operationId = "revokeToken", summary = "Revoke an API token")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
