package org.committeeacademy.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** That an account came through an ambassador: for "who came through whom". */
@Entity
public class Referral {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "ambassador_id")
    private Long ambassadorId;

    @Column(name = "joined_at")
    private Instant joinedAt;

    /** The local project the link invited into, by id (the project feature's); null for the course only. */
    @Column(name = "project_id")
    private Long projectId;

    protected Referral() {}

    public Referral(long accountId, long ambassadorId, Instant now) {
        this(accountId, ambassadorId, null, now);
    }

    public Referral(long accountId, long ambassadorId, Long projectId, Instant now) {
        this.accountId = accountId;
        this.ambassadorId = ambassadorId;
        this.projectId = projectId;
        this.joinedAt = now;
    }

    public Long accountId() {
        return accountId;
    }

    public Long ambassadorId() {
        return ambassadorId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Long projectId() {
        return projectId;
    }
}
