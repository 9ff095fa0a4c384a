package org.committeeacademy.committee.domain;

/** The kinds of municipal body for integration, under the names NRW uses (the last since its 2025 renaming). */
public enum CommitteeKind {
    INTEGRATIONSRAT,
    INTEGRATIONSAUSSCHUSS,
    AUSSCHUSS_CHANCENGERECHTIGKEIT
}
