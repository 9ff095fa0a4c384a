package org.committeeacademy.committee.rest;

import org.committeeacademy.committee.domain.Committee;

/** A committee as the API shows it; ags is null for a committee moved over from a typed name until staff add it. */
public record CommitteeDto(long id, String name, String municipality, String ags, String kind) {

    static CommitteeDto of(Committee c) {
        return new CommitteeDto(
                c.id(), c.name(), c.municipality(), c.ags(), c.kind().name());
    }
}
