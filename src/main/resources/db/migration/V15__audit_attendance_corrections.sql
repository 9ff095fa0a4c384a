-- The audit trail also shows corrections of attendance (a mark changed after it was first set), read from the
-- attendance history where they are recorded with their author and time.
DROP VIEW audit_trail;

CREATE VIEW audit_trail (source, source_id, occurred_at, actor_id, action, object_type, object_id, detail) AS
    SELECT 'AUDIT', a.id, a.occurred_at, a.actor_id, a.action, a.object_type, a.object_id, a.detail
        FROM audit_entry a
    UNION ALL
    SELECT 'ENROLMENT', c.id, c.changed_at, c.changed_by, 'ENROLMENT_CHANGED', 'ENROLMENT',
           TRIM(CAST(c.enrolment_id AS CHAR(20))),
           COALESCE(c.from_status, '–') || ' → ' || c.to_status || ' (' || c.cause || ')'
        FROM enrolment_change c
    UNION ALL
    SELECT 'ATTENDANCE', c.id, c.changed_at, c.changed_by, 'ATTENDANCE_CORRECTED', 'ATTENDANCE',
           TRIM(CAST(c.attendance_id AS CHAR(20))),
           COALESCE(c.from_status, '–') || ' → ' || COALESCE(c.to_status, '–')
        FROM attendance_change c
        WHERE c.cause = 'CORRECTED';
