package org.committeeacademy.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Where the small counters live that every instance must see alike (the sign-in throttle, the limits on the public
 * forms): in this process when it runs alone, and in Payara Micro's Hazelcast when it is one of a cluster
 * (ACADEMY_CLUSTER=true), so N instances do not allow N times the limit. Keys and values are plain strings, so nothing
 * of the application's own classes has to be read by another instance's class loader.
 */
@ApplicationScoped
public class SharedMaps implements Function<String, ConcurrentMap<String, String>> {

    /** A map under this name; the same name on every instance of a cluster gives the same map. */
    @Override
    public ConcurrentMap<String, String> apply(String name) {
        return AcademySettings.current().cluster() ? HazelcastMaps.map("academy." + name) : new ConcurrentHashMap<>();
    }
}
