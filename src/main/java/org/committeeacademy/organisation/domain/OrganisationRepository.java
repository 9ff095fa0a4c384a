package org.committeeacademy.organisation.domain;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    /** Active and inactive, by name. */
    List<Organisation> all();

    Optional<Organisation> find(long id);

    Optional<Organisation> findByName(String name);

    Organisation add(Organisation organisation);
}
