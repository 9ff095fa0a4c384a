package org.committeeacademy.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A cohort's seat book: how many seats are held, the waiting-list tickets issued so far, and how freed seats are
 * passed on. The counts live on the cohort's row, so the database itself refuses more seats than the capacity
 * (check constraint) and every change to them takes the cohort's row lock.
 */
@Embeddable
public class Seats {

    public static final int DEFAULT_OFFER_HOURS = 48;
    public static final int MAX_OFFER_HOURS = 14 * 24;

    @Column(name = "seats_taken")
    private int taken;

    @Column(name = "waitlist_tickets")
    private int ticketsIssued;

    @Enumerated(EnumType.STRING)
    @Column(name = "move_up")
    private MoveUp moveUp = MoveUp.AUTOMATIC;

    @Column(name = "offer_hours")
    private int offerHours = DEFAULT_OFFER_HOURS;

    public int taken() {
        return taken;
    }

    /** Records the seats held after a change of the roster; more than the capacity is a bug, never a state. */
    public void recount(int held, int capacity) {
        if (held < 0 || held > capacity) {
            throw new IllegalStateException(held + " seats held in a cohort of " + capacity);
        }
        this.taken = held;
    }

    /** The next place in the queue: tickets only grow, so the waiting list's order is the order people came in. */
    public int issueTicket() {
        return ++ticketsIssued;
    }

    public MoveUp moveUp() {
        return moveUp;
    }

    public int offerHours() {
        return offerHours;
    }

    public void changeMoveUp(MoveUp mode, int hours) {
        if (mode == null) {
            throw new ValidationException("moveUp", "validation.required");
        }
        if (hours < 1 || hours > MAX_OFFER_HOURS) {
            throw new ValidationException("offerHours", "cohort.offerHours.range");
        }
        this.moveUp = mode;
        this.offerHours = hours;
    }
}
