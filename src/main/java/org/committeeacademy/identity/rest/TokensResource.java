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

/** The caller's personal API tokens (every account has its own; nobody sees another's). */
@Path("/tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class TokensResource {

    @Inject
    ApiTokens tokens;

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

    @GET
    public List<TokenDtos.Listed> list() {
        return tokens.mine().stream().map(TokenDtos.Listed::of).toList();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
