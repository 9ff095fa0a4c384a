package org.committeeacademy.progress.domain;

/**
 * What is known about one member and one module of their cohort.
 *
 * @param sessions the module's sessions that take place (not cancelled), past and future
 * @param attended those of them the member was marked present at
 */
public record ModuleFacts(String moduleKey, int sessions, int attended, WorksheetState worksheet) {}
