package org.committeeacademy.project.domain;

/**
 * Where a project stands. It moves forward one step or more; back only between idea and planning, and from done to
 * running again (reopened): once it ran, its check-in schedule counts from the first day it ran.
 */
public enum ProjectStatus {
    IDEA,
    PLANNING,
    RUNNING,
    DONE;

    public boolean mayChangeTo(ProjectStatus next) {
        if (next == this) {
            return false;
        }
        return switch (this) {
            case IDEA, PLANNING -> next != DONE;
            case RUNNING -> next == DONE;
            case DONE -> next == RUNNING;
        };
    }
}
