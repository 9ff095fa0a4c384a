package org.committeeacademy.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log, written once and never changed (erasure only blanks the object it names). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int MAX_DETAIL = 500;
    public static final int MAX_OBJECT_ID = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "object_type")
    private String objectType;

    @Column(name = "object_id")
    private String objectId;

    private String detail;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt, Long actorId, AuditAction action, String objectType, String objectId, String detail) {
        if (!action.isWritten()) {
            throw new IllegalArgumentException(action + " is read from its own record");
        }
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = cut(objectId, MAX_OBJECT_ID);
        this.detail = cut(detail, MAX_DETAIL);
    }

    /** The same line, not stored yet: for another attempt after a failed one, whose entity may carry an id. */
    public AuditEntry unsaved() {
        return new AuditEntry(occurredAt, actorId, action, objectType, objectId, detail);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public AuditAction action() {
        return action;
    }

    public String objectId() {
        return objectId;
    }

    public String detail() {
        return detail;
    }
}
