package org.committeeacademy.shared.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.committeeacademy.shared.config.AcademySettings;

/**
 * What an instance started with ACADEMY_CLUSTER=true needs: PostgreSQL shared by all instances (embedded Derby belongs
 * to one process and one disk) and Payara Micro's own cluster (Hazelcast), which carries the web sessions and the
 * pages' view state from one instance to another. Without either, the start is refused with the reason.
 */
final class ClusterCheck {

    static final String HAZELCAST = "payara/Hazelcast";

    private ClusterCheck() {}

    /** @throws IllegalStateException naming what is missing, when this instance cannot be a cluster member */
    static void check(AcademySettings settings) {
        if (!settings.cluster()) {
            return;
        }
        if (settings.databaseUrl().isEmpty()) {
            throw new IllegalStateException("ACADEMY_CLUSTER=true needs PostgreSQL (ACADEMY_DB_URL): embedded Derby"
                    + " serves one instance only. Start without ACADEMY_CLUSTER, or see README \"Running a cluster\".");
        }
        if (!hazelcastRunning()) {
            throw new IllegalStateException("ACADEMY_CLUSTER=true, but Payara Micro runs without its cluster: start"
                    + " with -Dpayaramicro.noCluster=false and --clusterName/--clusterMode (README \"Running a"
                    + " cluster\").");
        }
    }

    private static boolean hazelcastRunning() {
        try {
            return new InitialContext().lookup(HAZELCAST) != null;
        } catch (NamingException | RuntimeException e) {
            return false;
        }
    }
}
