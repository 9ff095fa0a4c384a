package org.committeeacademy.venue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a venue offers people with disabilities. */
@Embeddable
public class Accessibility {

    @Column(name = "step_free_access")
    private boolean stepFreeAccess;

    @Column(name = "accessible_toilet")
    private boolean accessibleToilet;

    @Column(name = "hearing_loop")
    private boolean hearingLoop;

    @Column(name = "accessibility_notes")
    private String notes;

    protected Accessibility() {}

    public Accessibility(boolean stepFreeAccess, boolean accessibleToilet, boolean hearingLoop, String notes) {
        this.stepFreeAccess = stepFreeAccess;
        this.accessibleToilet = accessibleToilet;
        this.hearingLoop = hearingLoop;
        this.notes = notes;
    }

    public boolean stepFreeAccess() {
        return stepFreeAccess;
    }

    public boolean accessibleToilet() {
        return accessibleToilet;
    }

    public boolean hearingLoop() {
        return hearingLoop;
    }

    public String notes() {
        return notes;
    }
}
