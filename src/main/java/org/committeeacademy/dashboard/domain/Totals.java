package org.committeeacademy.dashboard.domain;

import java.io.Serializable;
import java.util.Collection;

/**
 * The sums over a group of cohorts (all that match, or those at one venue). Rates are taken over the sums, so a large
 * cohort weighs more than a small one; completion only over the ended cohorts.
 */
public record Totals(
        String label,
        int cohorts,
        int capacity,
        int seatsTaken,
        int waiting,
        int present,
        int absent,
        int recorded,
        int confirmedInEnded,
        int completedInEnded,
        int worksheets,
        int certificates)
        implements Serializable {

    public static Totals of(String label, Collection<CohortFigures> figures) {
        int capacity = 0, seats = 0, waiting = 0, present = 0, absent = 0, recorded = 0;
        int confirmedInEnded = 0, completedInEnded = 0, worksheets = 0, certificates = 0;
        for (CohortFigures c : figures) {
            capacity += c.capacity();
            seats += c.seatsTaken();
            waiting += c.waiting();
            present += c.present();
            absent += c.absent();
            recorded += c.recorded();
            if (c.ended()) {
                confirmedInEnded += c.confirmed();
                completedInEnded += c.completed();
            }
            worksheets += c.worksheets();
            certificates += c.certificates();
        }
        return new Totals(
                label,
                figures.size(),
                capacity,
                seats,
                waiting,
                present,
                absent,
                recorded,
                confirmedInEnded,
                completedInEnded,
                worksheets,
                certificates);
    }

    public Double fillRate() {
        return Rates.fill(seatsTaken, capacity);
    }

    public Double noShowRate() {
        return Rates.noShow(absent, recorded);
    }

    public Double attendanceRate() {
        return Rates.attendance(present, recorded);
    }

    public Double completionRate() {
        return Rates.completion(completedInEnded, confirmedInEnded, confirmedInEnded > 0);
    }
}
