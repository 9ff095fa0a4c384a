package org.committeeacademy.material.domain;

/**
 * FILE and LINK are stored per cohort; a MODULE entry (the module's summary) and its MODULE_FILE handouts come with a
 * module of the curriculum.
 */
public enum MaterialKind {
    FILE,
    LINK,
    MODULE,
    MODULE_FILE;

    /** Whether the cohort's trainers and staff added it (and may change it). */
    public boolean isCohorts() {
        return this == FILE || this == LINK;
    }
}
