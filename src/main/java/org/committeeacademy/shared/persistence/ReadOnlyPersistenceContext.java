package org.committeeacademy.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

/** What a transaction that is always rolled back (a member's page read) tells the persistence context it shares. */
@ApplicationScoped
public class ReadOnlyPersistenceContext {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /**
     * The current transaction writes nothing, so nothing need be flushed before each of its queries. With the default
     * (AUTO), EclipseLink compared every entity the page had read with its copy before every further query. Call it
     * inside the transaction: the flush mode belongs to the transaction's persistence context, which every service of
     * the transaction joins.
     */
    public void noFlushBeforeQueries() {
        em.setFlushMode(FlushModeType.COMMIT);
    }
}
