package org.committeeacademy.shared.persistence;

import java.util.Optional;
import org.committeeacademy.shared.config.AcademySettings;

/**
 * What an instance started with ACADEMY_CLUSTER=true needs: PostgreSQL shared by all instances (embedded Derby belongs
 * to one process and one disk) and Payara Micro's own cluster (Hazelcast), which carries the web sessions and the
 * pages' view state from one instance to another. Without either, the start is refused with the reason.
 */
final class ClusterCheck {

    /** Set by Payara Micro from the options the executable jar was built with. */
    static final String NO_CLUSTER = "payaramicro.noCluster";

    private ClusterCheck() {}

    /**
     * A warning for an instance that runs Payara Micro's cluster (the cluster jar, or a plain Payara Micro) without
     * ACADEMY_CLUSTER=true: if another instance serves the same database, both would run the scheduled jobs and count
     * sign-in failures on their own. Empty for the single-instance jar and for a declared cluster member.
     */
    static Optional<String> warning(AcademySettings settings) {
        if (settings.cluster() || Boolean.getBoolean(NO_CLUSTER)) {
            return Optional.empty();
        }
        return Optional.of("Payara Micro's cluster is on, but ACADEMY_CLUSTER is not set: this instance acts as the"
                + " only one (it takes no job lease and keeps its sign-in counts to itself). If several instances"
                + " serve this database, start each with ACADEMY_CLUSTER=true (README \"Running a cluster\").");
    }

    /** @throws IllegalStateException naming what is missing, when this instance cannot be a cluster member */
    static void check(AcademySettings settings) {
        if (!settings.cluster()) {
            return;
        }
        if (settings.databaseUrl().isEmpty()) {
            throw new IllegalStateException("ACADEMY_CLUSTER=true needs PostgreSQL (ACADEMY_DB_URL): embedded Derby"
                    + " serves one instance only. Start without ACADEMY_CLUSTER, or see README \"Running a cluster\".");
        }
        if (Boolean.getBoolean(NO_CLUSTER)) {
            throw new IllegalStateException("ACADEMY_CLUSTER=true, but this jar runs Payara Micro without its cluster"
                    + " (committee-academy.jar is built so): start target/committee-academy-cluster.jar with"
                    + " --clusterName and --clusterMode tcpip:... (README \"Running a cluster\").");
        }
    }
}
