package org.committeeacademy.audit.application;

import java.io.Serializable;
import java.time.Instant;
import org.committeeacademy.audit.domain.AuditAction;

/** One line of the audit trail as the admin page shows it; the actor as they are named now (or none). */
public record AuditLine(
        String key,
        Instant at,
        String actorName,
        String actorEmail,
        AuditAction action,
        String objectType,
        String objectId,
        String detail)
        implements Serializable {}
