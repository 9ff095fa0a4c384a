-- Issue 25: no lost updates. Worksheets, cohorts, venues and goals get an edit version (their ETag; it moves only
-- with edits, not with a cohort's seat counts) and who changed them last and when (an account id without a foreign
-- key, so erasing an account is not blocked; the name is looked up when a stale edit is refused).
ALTER TABLE worksheet ADD COLUMN edit_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE worksheet ADD COLUMN changed_by BIGINT;
ALTER TABLE worksheet ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE cohort ADD COLUMN edit_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE cohort ADD COLUMN changed_by BIGINT;
ALTER TABLE cohort ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE venue ADD COLUMN edit_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE venue ADD COLUMN changed_by BIGINT;
ALTER TABLE venue ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE goal ADD COLUMN edit_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE goal ADD COLUMN changed_by BIGINT;
ALTER TABLE goal ADD COLUMN changed_at TIMESTAMP;
