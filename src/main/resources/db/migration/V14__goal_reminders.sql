-- One reminder per goal, person and check-in (3, 6 or 12 months), however often the job runs or the server restarts.
CREATE TABLE goal_reminder_sent (
    goal_id BIGINT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    checkpoint_months INTEGER NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    PRIMARY KEY (goal_id, account_id, checkpoint_months)
);
