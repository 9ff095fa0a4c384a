-- Issue 27: each survey round's count (V56) also keeps the answers to the five outcome items (fixed keys, checked by
-- SurveyForm) by score, updated by the survey feature with the response count as each response is stored (same
-- statement, same transaction), so that the dashboard's outcome figures read one row per round (~18,600 at ten times
-- the state-wide data set) instead of one per round and item from survey_tally (~93,000). survey_tally stays: it
-- counts every scale item, for a cohort's own results. Filled here from the tallies already stored.
-- Portable SQL (Derby 10.16 and PostgreSQL 12+).
ALTER TABLE survey_round_count ADD COLUMN decisions_1 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN decisions_2 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN decisions_3 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN decisions_4 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN decisions_5 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN whom_1 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN whom_2 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN whom_3 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN whom_4 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN whom_5 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN connected_1 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN connected_2 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN connected_3 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN connected_4 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN connected_5 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN contacts_1 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN contacts_2 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN contacts_3 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN contacts_4 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN contacts_5 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN confident_1 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN confident_2 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN confident_3 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN confident_4 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_round_count ADD COLUMN confident_5 INTEGER DEFAULT 0 NOT NULL;

UPDATE survey_round_count SET
    decisions_1 = COALESCE((SELECT t.answers_1 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'decisions'), 0),
    decisions_2 = COALESCE((SELECT t.answers_2 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'decisions'), 0),
    decisions_3 = COALESCE((SELECT t.answers_3 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'decisions'), 0),
    decisions_4 = COALESCE((SELECT t.answers_4 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'decisions'), 0),
    decisions_5 = COALESCE((SELECT t.answers_5 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'decisions'), 0),
    whom_1 = COALESCE((SELECT t.answers_1 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'whom'), 0),
    whom_2 = COALESCE((SELECT t.answers_2 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'whom'), 0),
    whom_3 = COALESCE((SELECT t.answers_3 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'whom'), 0),
    whom_4 = COALESCE((SELECT t.answers_4 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'whom'), 0),
    whom_5 = COALESCE((SELECT t.answers_5 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'whom'), 0),
    connected_1 = COALESCE((SELECT t.answers_1 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'connected'), 0),
    connected_2 = COALESCE((SELECT t.answers_2 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'connected'), 0),
    connected_3 = COALESCE((SELECT t.answers_3 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'connected'), 0),
    connected_4 = COALESCE((SELECT t.answers_4 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'connected'), 0),
    connected_5 = COALESCE((SELECT t.answers_5 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'connected'), 0),
    contacts_1 = COALESCE((SELECT t.answers_1 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'contacts'), 0),
    contacts_2 = COALESCE((SELECT t.answers_2 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'contacts'), 0),
    contacts_3 = COALESCE((SELECT t.answers_3 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'contacts'), 0),
    contacts_4 = COALESCE((SELECT t.answers_4 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'contacts'), 0),
    contacts_5 = COALESCE((SELECT t.answers_5 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'contacts'), 0),
    confident_1 = COALESCE((SELECT t.answers_1 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'confident'), 0),
    confident_2 = COALESCE((SELECT t.answers_2 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'confident'), 0),
    confident_3 = COALESCE((SELECT t.answers_3 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'confident'), 0),
    confident_4 = COALESCE((SELECT t.answers_4 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'confident'), 0),
    confident_5 = COALESCE((SELECT t.answers_5 FROM survey_tally t
        WHERE t.cohort_id = survey_round_count.cohort_id AND t.phase = survey_round_count.phase
        AND t.module_key = survey_round_count.module_key AND t.item_key = 'confident'), 0);
