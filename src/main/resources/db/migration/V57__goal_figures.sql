-- Issue 27: each goal keeps the count of its check-ins by attainment (−2 … +2), updated by the goal feature in the
-- transaction of each check-in, and the cohort of its worksheet (a goal never changes worksheet), so that the
-- dashboard's check-in distribution and committee goals read one row per goal by cohort instead of joining every
-- check-in with its goal and worksheet (about 90,000 check-ins at ten times the state-wide data set). Filled here
-- from the worksheets and check-ins already stored. Portable SQL (Derby 10.16 and PostgreSQL 12+).
ALTER TABLE goal ADD COLUMN cohort_id BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE goal ADD COLUMN check_ins_minus_2 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE goal ADD COLUMN check_ins_minus_1 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE goal ADD COLUMN check_ins_zero INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE goal ADD COLUMN check_ins_plus_1 INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE goal ADD COLUMN check_ins_plus_2 INTEGER DEFAULT 0 NOT NULL;

UPDATE goal SET cohort_id = (SELECT w.cohort_id FROM worksheet w WHERE w.id = goal.worksheet_id);
UPDATE goal SET
    check_ins_minus_2 = (SELECT COUNT(*) FROM goal_check_in c WHERE c.goal_id = goal.id AND c.attainment = -2),
    check_ins_minus_1 = (SELECT COUNT(*) FROM goal_check_in c WHERE c.goal_id = goal.id AND c.attainment = -1),
    check_ins_zero = (SELECT COUNT(*) FROM goal_check_in c WHERE c.goal_id = goal.id AND c.attainment = 0),
    check_ins_plus_1 = (SELECT COUNT(*) FROM goal_check_in c WHERE c.goal_id = goal.id AND c.attainment = 1),
    check_ins_plus_2 = (SELECT COUNT(*) FROM goal_check_in c WHERE c.goal_id = goal.id AND c.attainment = 2)
WHERE EXISTS (SELECT 1 FROM goal_check_in c WHERE c.goal_id = goal.id);

-- carries both dashboard queries (by cohort, per owner, the counts) without reading the goals' texts
CREATE INDEX goal_cohort_owner ON goal (cohort_id, owner_id, check_ins_minus_2, check_ins_minus_1, check_ins_zero,
    check_ins_plus_1, check_ins_plus_2);
