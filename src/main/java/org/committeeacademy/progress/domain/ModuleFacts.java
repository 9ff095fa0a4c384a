package org.committeeacademy.progress.domain;

/**
 * What is known about one member and one module of their cohort.
 *
 * @param sessions the module's sessions that take place (not cancelled), past and future
 * @param attended those of them the member was marked present at
 * @param optional whether the series marks the module optional (a member completes the series without it)
 * @param units the module's self-paced units for the member
 */
public record ModuleFacts(
        String moduleKey, int sessions, int attended, WorksheetState worksheet, boolean optional, UnitFacts units) {

    public ModuleFacts(String moduleKey, int sessions, int attended, WorksheetState worksheet, boolean optional) {
        this(moduleKey, sessions, attended, worksheet, optional, UnitFacts.NONE);
    }

    /** A module the series requires. */
    public ModuleFacts(String moduleKey, int sessions, int attended, WorksheetState worksheet) {
        this(moduleKey, sessions, attended, worksheet, false);
    }
}
