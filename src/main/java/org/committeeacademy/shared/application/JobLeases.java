package org.committeeacademy.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.persistence.JpaJobLeases;

/**
 * Which instance of a cluster runs a scheduled job: the one holding the job's lease in the database. The holder
 * renews it with every run; when it stops (killed, updated), another instance takes the job over once the lease has
 * expired, at most {@link #DURATION} later. A single instance (the default, and always on embedded Derby) takes no
 * lease at all.
 */
@ApplicationScoped
public class JobLeases {

    /** How long a lease holds without renewal: longer than the instances' timers fire apart, shorter than a pause. */
    public static final Duration DURATION = Duration.ofMinutes(5);

    @Inject
    JpaJobLeases store;

    Clock clock = Clock.systemUTC();

    boolean clustered;

    /** This instance, as the job_lease rows name it: a new name per start, so a restarted instance never shares one. */
    String holder = hostName() + "/" + UUID.randomUUID();

    JobLeases() {}

    /** For use without a container, e.g. in tests: an instance of a cluster, named {@code holder}. */
    public JobLeases(JpaJobLeases store, Clock clock, String holder) {
        this.store = store;
        this.clock = clock;
        this.holder = holder;
        this.clustered = true;
    }

    @PostConstruct
    void readSettings() {
        clustered = AcademySettings.current().cluster();
    }

    public boolean clustered() {
        return clustered;
    }

    /**
     * @return true if this instance runs the job now. Committed on its own, before the run, so the other instances
     *     see the lease while the run is still going; a second instance creating the job's first lease at the same
     *     moment fails here and does not run.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean take(String job) {
        Instant now = clock.instant();
        return store.take(job, holder, now, now.plus(DURATION));
    }

    private static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "instance";
            }
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
