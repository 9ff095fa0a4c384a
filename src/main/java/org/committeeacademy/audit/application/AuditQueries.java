package org.committeeacademy.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.committeeacademy.audit.persistence.JpaAuditTrail;
import org.committeeacademy.shared.application.Caller;

/** The audit trail, for admins only. */
@ApplicationScoped
@Transactional
public class AuditQueries {

    @Inject
    JpaAuditTrail trail;

    @Inject
    Caller caller;

    public List<AuditLine> page(AuditFilter filter, int first, int size) {
        caller.requireAdmin();
        return trail.page(filter, first, size);
    }

    public long count(AuditFilter filter) {
        caller.requireAdmin();
        return trail.count(filter);
    }
}
