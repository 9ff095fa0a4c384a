package org.committeeacademy.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The leases of the scheduled jobs (table job_lease): which instance of a cluster runs a job, until when. A lease is
 * taken by renewing one's own, by taking over an expired one, or by creating the job's first row; the row's primary
 * key refuses a second instance creating it at the same moment (the caller's transaction then fails and rolls back).
 */
@ApplicationScoped
public class JpaJobLeases {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    JpaJobLeases() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaJobLeases(EntityManager em) {
        this.em = em;
    }

    /**
     * @return true if the holder has the job's lease until {@code until}: it had it, the other holder's lease had
     *     expired at {@code now}, or nobody had ever held it
     */
    public boolean take(String job, String holder, Instant now, Instant until) {
        int renewed = em.createNativeQuery("UPDATE job_lease SET holder = ?, expires_at = ?"
                        + " WHERE job = ? AND (holder = ? OR expires_at < ?)")
                .setParameter(1, holder)
                .setParameter(2, Timestamp.from(until))
                .setParameter(3, job)
                .setParameter(4, holder)
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
        if (renewed == 1) {
            return true;
        }
        boolean held = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM job_lease WHERE job = ?")
                                .setParameter(1, job)
                                .getSingleResult())
                        .intValue()
                > 0;
        if (held) {
            return false;
        }
        em.createNativeQuery("INSERT INTO job_lease (job, holder, expires_at) VALUES (?, ?, ?)")
                .setParameter(1, job)
                .setParameter(2, holder)
                .setParameter(3, Timestamp.from(until))
                .executeUpdate();
        return true;
    }

    /** Gives the holder's leases up, so another instance takes the jobs over at once (an orderly shutdown). */
    public int release(String holder) {
        return em.createNativeQuery("DELETE FROM job_lease WHERE holder = ?")
                .setParameter(1, holder)
                .executeUpdate();
    }
}
