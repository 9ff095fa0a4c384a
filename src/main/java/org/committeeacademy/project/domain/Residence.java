package org.committeeacademy.project.domain;

/**
 * How a participant describes themselves, only if they want to (their own choice is their consent): new in town or
 * here for a long time. Nobody else sets it.
 */
public enum Residence {
    NEW_HERE,
    LONG_HERE
}
