package org.committeeacademy.committee.rest;

/** A new committee: name, municipality and its eight-digit AGS; kind optional (Integrationsrat if none). */
public record CommitteeInput(String name, String municipality, String ags, String kind) {}
