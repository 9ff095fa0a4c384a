package org.committeeacademy.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.notification.application.OutboxMessageView;
import org.committeeacademy.notification.application.OutboxQueries;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.domain.OutboxFilter;
import org.committeeacademy.shared.domain.Page;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.rest.ListPages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The outbox for admins: {@code GET /admin/outbox?to=&kind=}, newest first, at most {@value #LIMIT} mails; with
 * {@code page}/{@code size} ({@link ListPages}) any page of all matching mails, read and counted in the database. A
 * sent mail's body no longer holds the secrets of its links (reset, invitation, confirmation): they are blanked on
 * sending.
 */
@Tag(name = "Notifications")
@Path("/admin/outbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminOutboxResource {

    static final int LIMIT = 200;

    /** One mail. kind is the notice (e.g. PASSWORD_RESET); body the text part. */
    public record OutboxMailDto(
            long id, String to, String kind, String subject, String status, Instant createdAt, String body) {

        static OutboxMailDto of(OutboxMessageView view) {
            return new OutboxMailDto(
                    view.row().id(),
                    view.row().recipient(),
                    view.row().notice(),
                    view.row().subject(),
                    view.row().status(),
                    view.row().createdAt(),
                    view.text());
        }
    }

    @Inject
    OutboxQueries outbox;

    @Operation(operationId = "listOutbox", summary = "List the mail outbox")
    @GET
    public List<OutboxMailDto> list(
            @QueryParam("to") String to, @QueryParam("kind") String kind, @Context UriInfo uri) {
        OutboxFilter filter = new OutboxFilter(null, to, notice(kind));
        Optional<ListPages.Window> window = ListPages.requested(uri);
        if (window.isEmpty()) {
            return outbox.newest(filter, LIMIT).stream().map(OutboxMailDto::of).toList();
        }
        Page<OutboxMessageView> page =
                outbox.newest(filter, window.get().first(), window.get().size());
        return new Page<>(page.total(), page.stream().map(OutboxMailDto::of).toList());
    }

    private static Notice notice(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        String wanted = kind.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Notice.values())
                .filter(n -> n.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ValidationException("kind", "outbox.kind.unknown"));
    }
}
