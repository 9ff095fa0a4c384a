package org.committeeacademy.material.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface MaterialRepository {

    Optional<Material> find(long id);

    /** The cohort's materials, oldest first. */
    List<Material> ofCohort(long cohortId);

    /** Stores a new material; its id is assigned on return. */
    void add(Material material);

    void remove(Material material);

    /** The storage keys every kept file version names. */
    Set<String> storedKeys();

    /** The materials the account added, oldest first. */
    List<Material> createdBy(long accountId);

    /** The file versions the account uploaded, oldest first. */
    List<MaterialVersion> uploadedBy(long accountId);
}
