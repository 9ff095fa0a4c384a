package org.committeeacademy.project.domain;

/** Roles in a project beyond "volunteer" (module 4): coordinators run it; everyone else contributes as they choose. */
public enum ProjectRole {
    COORDINATION,
    AMBASSADOR,
    EXPERT,
    PARTICIPANT
}
