package org.committeeacademy.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.committeeacademy.audit.persistence.JpaAuditTrail;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;

/** The audit trail, for admins only. */
@ApplicationScoped
@Transactional
public class AuditQueries {

    @Inject
    JpaAuditTrail trail;

    @Inject
    CurrentUser currentUser;

    public List<AuditLine> page(AuditFilter filter, int first, int size) {
        currentUser.requireAnyRole(Role.ADMIN);
        return trail.page(filter, first, size);
    }

    public long count(AuditFilter filter) {
        currentUser.requireAnyRole(Role.ADMIN);
        return trail.count(filter);
    }
}
