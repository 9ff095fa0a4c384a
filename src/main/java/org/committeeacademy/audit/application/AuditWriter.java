package org.committeeacademy.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.committeeacademy.audit.domain.AuditEntry;
import org.committeeacademy.audit.persistence.JpaAuditEntries;

/** Stores one audit line in a transaction of its own (see AuditLog). */
@ApplicationScoped
class AuditWriter {

    @Inject
    JpaAuditEntries entries;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void write(AuditEntry entry) {
        entries.add(entry);
    }
}
