-- Issue 27: each session keeps how many of its participants are marked present, absent and excused, changed by the
-- attendance feature through the session (Attendance -> Session.countAttendance) with every mark, correction,
-- apology and withdrawn apology, in the same transaction under the session's row lock, so that the dashboard sums one
-- row per session (12,000 at ten times the state-wide data set) instead of joining every attendance record
-- (138,000). Filled here from the attendance already stored. Portable SQL (Derby 10.16 and PostgreSQL 12+).
ALTER TABLE cohort_session ADD COLUMN present_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE cohort_session ADD COLUMN absent_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE cohort_session ADD COLUMN excused_count INTEGER DEFAULT 0 NOT NULL;

UPDATE cohort_session SET
    present_count = (SELECT COUNT(*) FROM attendance a WHERE a.session_id = cohort_session.id AND a.status = 'PRESENT'),
    absent_count = (SELECT COUNT(*) FROM attendance a WHERE a.session_id = cohort_session.id AND a.status = 'ABSENT'),
    excused_count = (SELECT COUNT(*) FROM attendance a WHERE a.session_id = cohort_session.id AND a.status = 'EXCUSED')
WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = cohort_session.id AND a.status IS NOT NULL);
