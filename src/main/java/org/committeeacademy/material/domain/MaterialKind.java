package org.committeeacademy.material.domain;

/** FILE and LINK are stored per cohort; MODULE materials come with a module of the curriculum. */
public enum MaterialKind {
    FILE,
    LINK,
    MODULE
}
