package org.committeeacademy.identity.application;

import java.io.Serializable;
import java.time.Instant;
import org.committeeacademy.identity.domain.Invitation;
import org.committeeacademy.identity.domain.InvitationStatus;
import org.committeeacademy.identity.domain.Role;

/** One invitation as staff see it in the list. */
public record InvitationRow(
        long id, String name, String email, Role role, InvitationStatus status, Instant createdAt, Instant expiresAt)
        implements Serializable {

    static InvitationRow of(Invitation i, Instant now) {
        return new InvitationRow(i.id(), i.name(), i.email(), i.role(), i.status(now), i.createdAt(), i.expiresAt());
    }

    public boolean isOpen() {
        return status != InvitationStatus.ACCEPTED;
    }
}
