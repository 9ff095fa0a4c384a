package org.committeeacademy.identity.rest;

import java.time.Instant;
import org.committeeacademy.identity.domain.Invitation;

/** An invitation as the API shows it: never its link. */
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
