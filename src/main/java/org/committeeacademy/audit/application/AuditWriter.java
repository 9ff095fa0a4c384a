package org.committeeacademy.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.committeeacademy.audit.domain.AuditEntry;

/** Stores one audit line in a transaction of its own (see AuditLog). */
@ApplicationScoped
class AuditWriter {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void write(AuditEntry entry) {
        em.persist(entry);
        // written here, not at commit: a failure then reaches the caller with its cause, which tells contention apart
        em.flush();
    }
}
