package org.committeeacademy.webhook.rest;

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
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.webhook.application.WebhookSender;
import org.committeeacademy.webhook.application.Webhooks;
import org.committeeacademy.webhook.rest.WebhookDtos.DeliveryDto;
import org.committeeacademy.webhook.rest.WebhookDtos.WebhookDto;
import org.committeeacademy.webhook.rest.WebhookDtos.WebhookInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook endpoints of the caller's organisation (admins: any, or installation-wide) and their deliveries. */
@Tag(name = "Webhooks")
@Path("/webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookSender sender;

    @Operation(operationId = "listWebhooks", summary = "List the webhook endpoints one may manage")
    @GET
    public List<WebhookDto> all() {
        return webhooks.all().stream().map(e -> WebhookDto.of(e, null)).toList();
    }

    /** {@code {url, events: ["enrolment.created", …], organisationId}} → 201 with the secret, shown this once. */
    @Operation(
            operationId = "registerWebhook",
            summary = "Register a webhook endpoint (the secret is shown only in this answer)")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new endpoint",
            content = @Content(schema = @Schema(ref = "Webhook")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(WebhookInput body, @Context UriInfo uri) {
        if (body == null) {
            throw new ValidationException("body", "api.body.required");
        }
        Webhooks.Registered registered = webhooks.register(body.url(), body.events(), body.organisationId());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(registered.endpoint().id().toString())
                        .build())
                .entity(WebhookDto.of(registered.endpoint(), registered.secret()))
                .build();
    }

    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        webhooks.delete(id);
    }

    @Operation(operationId = "listWebhookDeliveries", summary = "List an endpoint's deliveries with their outcome")
    @GET
    @Path("{id}/deliveries")
    public List<DeliveryDto> deliveries(@PathParam("id") long id) {
        return webhooks.deliveries(id).stream().map(DeliveryDto::of).toList();
    }

    /** Sends a "webhook.test" event now and answers how that first attempt went (retried like any delivery). */
    @Operation(operationId = "testWebhook", summary = "Send a test event to an endpoint now")
    @POST
    @Path("{id}/test")
    public DeliveryDto test(@PathParam("id") long id) {
        long delivery = webhooks.queueTest(id).id();
        sender.attempt(delivery);
        return DeliveryDto.of(webhooks.delivery(id, delivery));
    }
}
