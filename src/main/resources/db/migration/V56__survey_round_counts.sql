-- Issue 27: the number of responses per survey round, kept by the survey feature as each response is stored (in the
-- same transaction, like survey_tally), so that the dashboard's outcome figures read one row per round instead of
-- counting every response of every cohort (about 140,000 at ten times the state-wide data set). module_key is ''
-- for the rounds without a module, as in survey_tally. Filled here from the responses already stored.
-- Portable SQL (Derby 10.16 and PostgreSQL 12+).
CREATE TABLE survey_round_count (
    cohort_id BIGINT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    phase VARCHAR(20) NOT NULL,
    module_key VARCHAR(100) NOT NULL,
    responses INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (cohort_id, phase, module_key)
);

INSERT INTO survey_round_count (cohort_id, phase, module_key, responses)
SELECT r.cohort_id, r.phase, r.module_key, COUNT(*)
FROM (SELECT cohort_id, phase, COALESCE(module_key, '') AS module_key FROM survey_response) r
GROUP BY r.cohort_id, r.phase, r.module_key;
