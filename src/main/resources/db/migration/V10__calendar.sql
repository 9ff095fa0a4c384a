-- Calendars: each session counts its changes, so that an iCalendar update carries a higher SEQUENCE than what a
-- calendar program already holds; each account may have a personal feed address with a secret token (the token
-- itself is the credential of a read-only address that calendar programs fetch without a login, as common
-- calendar services do; renewing it replaces the old one at once).
-- Portable SQL (Derby 10.16 and PostgreSQL 12+): one column per ALTER TABLE, DEFAULT before NOT NULL.

ALTER TABLE cohort_session ADD COLUMN calendar_sequence INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE calendar_feed (
    account_id BIGINT NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT calendar_feed_token UNIQUE (token)
);
