-- Issue 27: the staff dashboard at ten times the state-wide data set. Each figure query reads one table's rows of the
-- period's cohorts, looked up by cohort (or session, or goal) and counted from the index alone, so these indexes
-- lead with that column and carry the columns the query counts by. Without them Derby scanned the whole table (or
-- hash-joined it) even when the filter matched ten cohorts; PostgreSQL had no index at all on most of these foreign
-- keys. Portable SQL (Derby 10.16 and PostgreSQL 12+).
CREATE INDEX cohort_session_span ON cohort_session (cohort_id, starts_at, ends_at);
CREATE INDEX enrolment_cohort_status ON enrolment (cohort_id, status);
CREATE INDEX attendance_session_status ON attendance (session_id, status);
CREATE INDEX worksheet_cohort_status ON worksheet (cohort_id, status);
CREATE INDEX goal_worksheet ON goal (worksheet_id, id);
CREATE INDEX goal_check_in_attainment ON goal_check_in (goal_id, attainment);
CREATE INDEX survey_response_round ON survey_response (cohort_id, phase, module_key);
