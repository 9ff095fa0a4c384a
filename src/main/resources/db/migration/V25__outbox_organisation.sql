-- A mail about a cohort belongs to the organisation that runs it: it goes out in that organisation's name, with its
-- address for replies and its privacy contact. Mails written before, and mails about no cohort (an account's own
-- mails), have none.
ALTER TABLE outbox_message ADD COLUMN organisation_id BIGINT;
ALTER TABLE outbox_message
    ADD CONSTRAINT outbox_message_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
CREATE INDEX outbox_message_organisation_id ON outbox_message (organisation_id);
