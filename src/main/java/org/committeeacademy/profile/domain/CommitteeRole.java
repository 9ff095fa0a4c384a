package org.committeeacademy.profile.domain;

/** The seat a person holds in their integration committee. */
public enum CommitteeRole {
    ELECTED,
    APPOINTED_EXPERT,
    DEPUTY,
    OTHER
}
