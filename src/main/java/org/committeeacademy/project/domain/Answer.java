package org.committeeacademy.project.domain;

/** A soft outcome as the coordinators see it at a check-in. */
public enum Answer {
    YES,
    NO,
    UNSURE
}
