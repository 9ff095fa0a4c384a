package org.committeeacademy.identity.domain;

/** Where an invitation stands, as staff see it in the list. */
public enum InvitationStatus {
    OPEN,
    ACCEPTED,
    EXPIRED
}
