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

    protected Referral() {}

    public Referral(long accountId, long ambassadorId, Instant now) {
        this.accountId = accountId;
        this.ambassadorId = ambassadorId;
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
}
