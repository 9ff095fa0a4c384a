package org.committeeacademy.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.committeeacademy.identity.application.InvitationRow;
import org.committeeacademy.identity.application.Invitations;
import org.committeeacademy.identity.application.NewInvitation;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Invitation;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.rest.ListPages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff invite people; the invited person accepts with the token from their mail (no login needed). */
@Tag(name = "Accounts and sign-in")
@Path("/invitations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    Invitations invitations;

    @Operation(operationId = "invite", summary = "Invite a person by e-mail")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "Invitation")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Response invite(AccessRequests.InvitationBody body, @Context UriInfo uri) {
        AccessRequests.required(body);
        Invitation invitation = invitations.invite(new NewInvitation(
                body.name(),
                body.email(),
                AccessRequests.language(body.language()),
                body.roleOrMember(),
                body.referredBy(),
                body.committeeId()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(invitation.id().toString())
                        .build())
                .entity(InvitationDto.of(invitation))
                .build();
    }

    @Operation(operationId = "listInvitations", summary = "List invitations")
    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public List<InvitationRow> list(@Context UriInfo uri) {
        return ListPages.requested(uri)
                .<List<InvitationRow>>map(w -> invitations.page(w.first(), w.size()))
                .orElseGet(invitations::list);
    }

    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation and set a password")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "AccountDto")))
    @POST
    @Path("/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response accept(AccessRequests.AcceptanceBody body) {
        AccessRequests.required(body);
        Account account = invitations.accept(
                body.token(), body.name(), AccessRequests.language(body.language()), body.password(), null);
        return Response.status(Response.Status.CREATED)
                .entity(AccountDto.of(account))
                .build();
    }
}
