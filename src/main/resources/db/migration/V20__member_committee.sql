-- The committee a member names decides whose goals they see, so it belongs to the goal feature rather than to
-- identity's account table, which two features used to update with SQL of their own. One row per member who named
-- a committee; the names move over unchanged.
CREATE TABLE member_committee (
    account_id BIGINT NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    committee VARCHAR(200) NOT NULL
);

INSERT INTO member_committee (account_id, committee)
SELECT id, committee FROM account WHERE committee IS NOT NULL;

ALTER TABLE account DROP COLUMN committee;
