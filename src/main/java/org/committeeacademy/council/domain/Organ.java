package org.committeeacademy.council.domain;

/** Whose meeting: the committee's own or the municipal council's. */
public enum Organ {
    COMMITTEE,
    COUNCIL
}
