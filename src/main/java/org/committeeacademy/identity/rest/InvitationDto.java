package org.committeeacademy.identity.rest;

import java.time.Instant;
import org.committeeacademy.identity.domain.Invitation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invitation as the API shows it: never its link. */
@Schema(name = "Invitation")
public record InvitationDto(long id, String name, String email, String role, String status, Instant expiresAt) {

    static InvitationDto of(Invitation i) {
        return new InvitationDto(
                i.id(),
                i.name(),
                i.email(),
                i.role().name(),
                i.status(Instant.now()).name(),
                i.expiresAt());
    }
}
