package org.committeeacademy.audit.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.committeeacademy.audit.domain.AuditAction;

/** What the admin narrows the trail to; every part is optional. {@code text} matches actor or object. */
public record AuditFilter(AuditAction action, String text, LocalDate from, LocalDate to) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
