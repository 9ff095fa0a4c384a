package org.committeeacademy.goal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A goal's check-ins counted by attainment (−2 … +2), kept with the goal as each check-in is recorded, in the same
 * transaction: the dashboard reads these counts per goal instead of every check-in (issue 27).
 */
@Embeddable
public class AttainmentCounts {

    @Column(name = "check_ins_minus_2")
    private int minus2;

    @Column(name = "check_ins_minus_1")
    private int minus1;

    @Column(name = "check_ins_zero")
    private int zero;

    @Column(name = "check_ins_plus_1")
    private int plus1;

    @Column(name = "check_ins_plus_2")
    private int plus2;

    void add(int attainment) {
        switch (attainment) {
            case -2 -> minus2++;
            case -1 -> minus1++;
            case 0 -> zero++;
            case 1 -> plus1++;
            case 2 -> plus2++;
            default -> throw new IllegalArgumentException("attainment " + attainment);
        }
    }

    /** How many check-ins have this attainment. */
    public int of(int attainment) {
        return switch (attainment) {
            case -2 -> minus2;
            case -1 -> minus1;
            case 0 -> zero;
            case 1 -> plus1;
            case 2 -> plus2;
            default -> 0;
        };
    }

    public int total() {
        return minus2 + minus1 + zero + plus1 + plus2;
    }
}
