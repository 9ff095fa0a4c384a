package org.committeeacademy.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.LoginThrottle;
import org.committeeacademy.shared.config.SharedMaps;

/**
 * A simple brake on the public forms that send mail (registration, password reset): a few requests per address and
 * a few more per client per hour. Counted like failed logins; beyond the limit the request is quietly not acted on.
 * In a cluster the counts are shared by all instances.
 */
@ApplicationScoped
public class RequestLimits {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    SharedMaps maps;

    private LoginThrottle perAddress;
    private LoginThrottle perClient;

    @PostConstruct
    void init() {
        perAddress = new LoginThrottle(3, HOUR, HOUR, Clock.systemUTC(), maps.apply("limits.address"));
        perClient = new LoginThrottle(20, HOUR, HOUR, Clock.systemUTC(), maps.apply("limits.client"));
    }

    /** Counts the request; false when the address or the client asked too often lately. */
    public boolean allow(String kind, String email, String client) {
        String addressKey = kind + ":" + EmailAddress.normalize(email);
        String clientKey = kind + ":" + client;
        if (perAddress.isLocked(addressKey) || perClient.isLocked(clientKey)) {
            return false;
        }
        perAddress.recordFailure(addressKey);
        perClient.recordFailure(clientKey);
        return true;
    }
}
