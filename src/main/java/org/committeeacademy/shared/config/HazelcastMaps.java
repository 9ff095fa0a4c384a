package org.committeeacademy.shared.config;

import com.hazelcast.core.HazelcastInstance;
import java.util.concurrent.ConcurrentMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The cluster's distributed maps, from the Hazelcast member Payara Micro runs and registers in JNDI. Only loaded in a
 * cluster, so a single instance never touches Hazelcast.
 */
final class HazelcastMaps {

    /** Payara's default JNDI name for its Hazelcast instance. */
    static final String JNDI_NAME = "payara/Hazelcast";

    private HazelcastMaps() {}

    static ConcurrentMap<String, String> map(String name) {
        try {
            HazelcastInstance hazelcast = (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
            return hazelcast.getMap(name);
        } catch (NamingException e) {
            throw new IllegalStateException(
                    "ACADEMY_CLUSTER=true, but Payara Micro's Hazelcast is not in JNDI (" + JNDI_NAME
                            + "): start target/committee-academy-cluster.jar (README \"Running a cluster\")",
                    e);
        }
    }
}
