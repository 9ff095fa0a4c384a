package org.committeeacademy.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.committeeacademy.audit.domain.AuditEntry;

/** Stores audit lines, in the caller's transaction (AuditWriter opens one of its own for each line). */
@ApplicationScoped
public class JpaAuditEntries {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaAuditEntries() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaAuditEntries(EntityManager em) {
        this.em = em;
    }

    public void add(AuditEntry entry) {
        em.persist(entry);
        // written here, not at commit: a failure then reaches the caller with its cause, which tells contention apart
        em.flush();
    }
}
