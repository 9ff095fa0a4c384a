package org.committeeacademy.material.domain;

/** When members see a material: from a date and time, or once its session has ended. */
public enum Visibility {
    VISIBLE_FROM,
    AFTER_SESSION
}
