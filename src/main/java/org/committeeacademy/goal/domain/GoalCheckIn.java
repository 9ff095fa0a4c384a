package org.committeeacademy.goal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far a goal came by one checkpoint, on the goal-attainment scale −2 (much worse) … +2 (much better). */
@Entity
@Table(name = "goal_check_in")
public class GoalCheckIn {

    public static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "goal_id")
    private Goal goal;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "checkpoint_months")
    private int checkpointMonths;

    private int attainment;

    private String note;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected GoalCheckIn() {}

    GoalCheckIn(Goal goal, long accountId, Checkpoint checkpoint, int attainment, String note, Instant now) {
        this.goal = goal;
        this.accountId = accountId;
        this.checkpointMonths = checkpoint.months();
        this.attainment = attainment;
        this.note = note;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public Checkpoint checkpoint() {
        return Checkpoint.ofMonths(checkpointMonths).orElseThrow();
    }

    public int attainment() {
        return attainment;
    }

    public String note() {
        return note;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
