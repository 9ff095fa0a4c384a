-- Who pressed "Teilnehmen" for an online or hybrid session (issue 23): one row per session and member, with the first
-- and the latest press. The trainer's attendance list proposes "present" for them; the trainer confirms.
CREATE TABLE session_join (
    session_id BIGINT NOT NULL REFERENCES cohort_session (id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    first_joined_at TIMESTAMP NOT NULL,
    last_joined_at TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, member_id)
);
CREATE INDEX session_join_member ON session_join (member_id);
