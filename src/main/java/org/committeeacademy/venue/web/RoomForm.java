package org.committeeacademy.venue.web;

import java.io.Serializable;
import org.committeeacademy.venue.domain.Equipment;

/** The room form under the rooms table: empty for a new room, filled when staff edit one. */
public class RoomForm implements Serializable {

    private Long roomId;
    private String name;
    private Integer seats;
    private boolean projector;
    private boolean flipChart;
    private boolean wifi;
    private String notes;

    static RoomForm of(RoomRow row) {
        RoomForm form = new RoomForm();
        form.roomId = row.id();
        form.name = row.name();
        form.seats = row.seats();
        form.projector = row.projector();
        form.flipChart = row.flipChart();
        form.wifi = row.wifi();
        form.notes = row.notes();
        return form;
    }

    /** Seats left empty count as none, which the room's rule refuses with its own message. */
    int seatCount() {
        return seats == null ? 0 : seats;
    }

    Equipment equipment() {
        return new Equipment(projector, flipChart, wifi, notes);
    }

    public boolean isEditing() {
        return roomId != null;
    }

    public Long getRoomId() {
        return roomId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public boolean isProjector() {
        return projector;
    }

    public void setProjector(boolean projector) {
        this.projector = projector;
    }

    public boolean isFlipChart() {
        return flipChart;
    }

    public void setFlipChart(boolean flipChart) {
        this.flipChart = flipChart;
    }

    public boolean isWifi() {
        return wifi;
    }

    public void setWifi(boolean wifi) {
        this.wifi = wifi;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
