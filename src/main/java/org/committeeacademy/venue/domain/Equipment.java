package org.committeeacademy.venue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a room has for a training day. */
@Embeddable
public class Equipment {

    @Column(name = "has_projector")
    private boolean projector;

    @Column(name = "has_flip_chart")
    private boolean flipChart;

    @Column(name = "has_wifi")
    private boolean wifi;

    @Column(name = "equipment_notes")
    private String notes;

    protected Equipment() {}

    public Equipment(boolean projector, boolean flipChart, boolean wifi, String notes) {
        this.projector = projector;
        this.flipChart = flipChart;
        this.wifi = wifi;
        this.notes = VenueDetails.blankToNull(notes);
    }

    public static Equipment none() {
        return new Equipment(false, false, false, null);
    }

    public boolean projector() {
        return projector;
    }

    public boolean flipChart() {
        return flipChart;
    }

    public boolean wifi() {
        return wifi;
    }

    public String notes() {
        return notes;
    }
}
