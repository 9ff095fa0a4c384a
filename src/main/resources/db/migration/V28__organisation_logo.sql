-- An organisation's logo for its pages, mails and certificates: a small PNG (re-encoded from the upload, so nothing but
-- pixels is kept), as Base64 text in the row, so backups and a cluster's instances carry it like any other field.
-- VARCHAR(32672) is the longest portable text (Derby's limit; PostgreSQL takes it as is).
ALTER TABLE organisation ADD COLUMN logo_png VARCHAR(32672);
